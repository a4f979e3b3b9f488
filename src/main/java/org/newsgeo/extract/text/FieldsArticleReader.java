package org.newsgeo.extract.text;

import java.util.Map;
import org.newsgeo.extract.Article;
import org.newsgeo.extract.meta.PublishedTimes;
import org.newsgeo.ingest.SourceRecord;

/**
 * Articles that arrive already split into fields (JSON Lines, WET): the body is taken verbatim so that
 * mention offsets refer to it, and the other fields are read as given.
 */
public final class FieldsArticleReader {
    private FieldsArticleReader() {
    }

    public static Article read(SourceRecord r) {
        Map<String, String> f = r.fields;
        Article a = new Article();
        a.body = r.text;
        a.url = blankToNull(f.get("url"));
        a.title = blankToNull(f.get("title"));
        a.description = blankToNull(f.get("description"));
        a.siteName = blankToNull(f.get("site_name"));
        a.language = blankToNull(f.get("language"));
        String authors = f.get("authors");
        if (authors != null) {
            for (String s : authors.split("\n")) if (!s.isBlank()) a.authors.add(s.strip());
        }
        String published = blankToNull(f.get("published"));
        if (published != null) {
            var t = PublishedTimes.parseIso(published, "meta");
            if (t != null) {
                a.publishedAt = t.utc();
                a.publishedLocal = t.local();
                a.dateSource = t.source();
            }
        }
        return a;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
