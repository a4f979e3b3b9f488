package org.newsgeo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsgeo.ingest.SourceRecord;

/** What becomes an article: pages with text; titled, dated pages whose text was not found; nothing else. */
class ArticleExtractorTest {
    private static final Instant CRAWL = Instant.parse("2024-05-07T10:00:00Z");

    private static SourceRecord page(String html) {
        return SourceRecord.html("crawl.warc.gz", 0, "https://news.example.id/a/1", CRAWL, "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void titledDatedPageWithoutTextIsKeptWithAnEmptyBody() throws ExtractException {
        Article a = new ArticleExtractor().extract(page("<html><head><title>Banjir di Jakarta</title>"
                + "<meta property='article:published_time' content='2024-05-06T08:00:00+07:00'></head>"
                + "<body><div class='video-player'></div></body></html>"));
        assertEquals("", a.body);
        assertEquals(0, a.wordCount);
        assertNull(a.contentHash, "pages without text are told apart by URL only");
        assertEquals("2024-05-06", a.publishedDate.toString());
        assertEquals("ID", a.sourceCountry);
    }

    @Test
    void pageWithoutTextOrDateIsRejected() {
        ExtractException e = assertThrows(ExtractException.class, () -> new ArticleExtractor().extract(
                page("<html><head><title>Index</title></head><body><ul><li><a href='/x'>x</a></li></ul></body></html>")));
        assertEquals("no_text", e.reason());
    }
}
