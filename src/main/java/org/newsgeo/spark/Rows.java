package org.newsgeo.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsgeo.extract.Article;
import org.newsgeo.ingest.Reject;
import org.newsgeo.mentions.Mention;

/** Plain objects to Spark rows, in the column order of the DDL schemas. */
final class Rows {
    private Rows() {
    }

    static Row article(Article a, String run) {
        return RowFactory.create(a.articleId, a.url, a.canonicalUrl, a.domain, a.siteName, a.title,
                a.authors.toArray(new String[0]), ts(a.publishedAt), a.publishedLocal, date(a.publishedDate),
                a.dateSource, ts(a.modifiedAt), a.language, a.description, a.body, a.dateline, a.imageUrl,
                a.imageCaption, a.section, a.tags.toArray(new String[0]), a.wordCount, a.contentHash, a.simhash, null,
                ts(a.crawlTime), a.sourceFile, a.sourceOffset, a.sourceCountry, run);
    }

    static Row reject(Reject r, String run) {
        return RowFactory.create(r.sourceFile(), r.sourceOffset(), r.url(), r.stage(), r.reason(), r.detail(), run);
    }

    static Row mention(String articleId, Date publishedDate, Mention m, String run) {
        return RowFactory.create(articleId, publishedDate, m.entityType, m.entityId, m.entityName, m.countryCode,
                m.role, m.inOffice, m.field, m.start, m.end, m.surface, m.matchKind, run);
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
