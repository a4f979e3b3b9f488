package org.newsgeo.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsgeo.extract.body.BodyExtractor;
import org.newsgeo.extract.lang.LanguageDetector;
import org.newsgeo.extract.meta.Datelines;
import org.newsgeo.extract.meta.Metadata;
import org.newsgeo.extract.meta.MetadataExtractor;
import org.newsgeo.extract.meta.PublishedTime;
import org.newsgeo.extract.text.FieldsArticleReader;
import org.newsgeo.extract.text.TextArticleParser;
import org.newsgeo.ingest.Charsets;
import org.newsgeo.ingest.SourceRecord;

/**
 * Turns one input record into an article: decodes and parses HTML once, then hands the DOM to the body and
 * metadata extractors; text and JSON records go through their own readers. Fields common to every kind
 * (ids, hashes, dates, language) are filled in one place, {@link #finish}.
 */
public final class ArticleExtractor {
    private final BodyExtractor bodies = new BodyExtractor();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final TextArticleParser texts = new TextArticleParser();
    private final LanguageDetector languages = LanguageDetector.shared();

    public Article extract(SourceRecord r) throws ExtractException {
        Article a = switch (r.kind) {
            case HTML -> fromHtml(r);
            case TEXT -> texts.parse(r.text);
            case FIELDS -> FieldsArticleReader.read(r);
        };
        if (a.body == null || a.body.isBlank()) {
            // A titled page with its own publication date is an article whose text we could not find (its
            // title still names places and people); without both it is an index, a form or an error page.
            if (a.title == null || a.title.isBlank() || a.publishedAt == null) {
                throw new ExtractException("no_text", "no article text found");
            }
            a.body = "";
        }
        return finish(a, r);
    }

    private Article fromHtml(SourceRecord r) {
        String html = Charsets.decode(r.payload, r.contentType);
        Document doc = Jsoup.parse(html, r.url == null ? "" : r.url);
        BodyExtractor.Content content = bodies.content(doc); // scored once: the headline search uses it too
        Metadata m = metadata.extract(doc, r.url, null, content.first());
        Article a = new Article();
        a.title = m.title;
        a.authors.addAll(m.authors);
        setPublished(a, m.published);
        a.modifiedAt = m.modified == null ? null : m.modified.utc();
        a.description = m.description;
        a.siteName = m.siteName;
        a.canonicalUrl = m.canonicalUrl;
        a.section = m.section;
        a.tags.addAll(m.tags);
        a.imageUrl = m.imageUrl;
        a.imageCaption = m.imageCaption;
        a.language = m.declaredLanguage;   // a hint; finish() detects from the text
        a.body = bodies.write(content);
        return a;
    }

    static void setPublished(Article a, PublishedTime t) {
        if (t == null) return;
        a.publishedAt = t.utc();
        a.publishedLocal = t.local();
        a.dateSource = t.source();
    }

    private Article finish(Article a, SourceRecord r) {
        a.url = r.url != null ? r.url : a.url;
        a.crawlTime = r.crawlTime;
        a.sourceFile = r.sourceFile;
        a.sourceOffset = r.sourceOffset;
        a.body = a.body.strip();
        if (a.dateline == null) a.dateline = Datelines.find(a.body);
        a.language = languages.detect(a.title, a.body, a.language);
        a.wordCount = WordCounter.count(a.body);
        // Pages without text share no content: they are told apart by URL only.
        a.contentHash = a.body.isEmpty() ? null : Ids.contentHash(a.body);
        a.simhash = SimHash.of(a.body);
        String identity = a.url != null ? a.url : a.canonicalUrl;
        a.articleId = identity != null ? Ids.articleId(identity) : a.contentHash;
        a.domain = Urls.domain(a.url != null ? a.url : a.canonicalUrl);
        a.sourceCountry = Urls.countryOfDomain(a.domain);
        if (a.publishedAt == null && r.crawlTime != null) {
            a.dateSource = "crawl";
        }
        Instant day = a.publishedAt != null ? a.publishedAt : r.crawlTime;
        a.publishedDate = day == null ? null : LocalDate.ofInstant(day, ZoneOffset.UTC);
        if (a.publishedLocal != null && a.publishedLocal.length() >= 10 && a.publishedAt != null) {
            // The page's own calendar day is what a reader saw; prefer it for the partition.
            try {
                a.publishedDate = LocalDate.parse(a.publishedLocal.substring(0, 10));
            } catch (RuntimeException ignored) {
                // keep the UTC day
            }
        }
        return a;
    }
}
