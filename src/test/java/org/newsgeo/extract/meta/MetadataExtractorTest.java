package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Real pages from the trafilatura evaluation set (Apache-2.0), gold title/author/date from its annotations. */
class MetadataExtractorTest {

    static Document page(String file, String url) throws IOException {
        try (InputStream in = new GZIPInputStream(MetadataExtractorTest.class.getResourceAsStream("/extract/meta/" + file))) {
            return Jsoup.parse(in, null, url);
        }
    }

    /** The publication day (as printed) the extractor finds on a fixture page, or null. */
    static String publishedDay(String file, String url) throws IOException {
        Metadata m = new MetadataExtractor().extract(page(file, url), url);
        return m.published == null ? null : m.published.local().substring(0, 10);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        rete-mirabile.net.15jahre.html.gz | https://rete-mirabile.net/notizen/15-jahre-rete-mirabile/ | 15 Jahre rete-mirabile.net | Andreas Kalt | 2019-07-28
        mobilsicher.de.icloud.html.gz | https://mobilsicher.de/aktuelles/apple-kippt-verschluesselungsplaene-fuer-icloud | Apple kippt Verschlüsselungspläne für iCloud | Miriam Ruhenstroth | 2020-01-23
        banyuetan.org.1000200033136171577956287380194268_1.html.gz | http://www.banyuetan.org/jmcs/detail/20200102/1000200033136171577956287380194268_1.html | 益阳：“数字”是优长 | 孔德明 | 2020-01-02
        latimes.com.bloomberg.html.gz | https://www.latimes.com/politics/story/2020-02-19/mike-bloomberg-democratic-debate-history | As his first debate nears, Bloomberg is having to answer about his past | Evan Halper | 2020-02-19
        blog.gaijinpot.com.chikan.html.gz | https://blog.gaijinpot.com/tweet-of-the-week-67-dealing-with-chikan/ | Tweet of the Week #67: Dealing With Chikan | Amelie Marie Nishizawa | 2020-02-08
        """)
    void goldTitleAuthorDate(String file, String url, String title, String author, String date) throws IOException {
        Metadata m = new MetadataExtractor().extract(page(file, url), url);
        assertEquals(title, m.title);
        assertEquals(List.of(author), m.authors);
        assertNotNull(m.published);
        assertEquals(date, m.published.local().substring(0, 10));
    }

    @Test
    void mobilsicherReadsTheGermanWallClockFromAUtcTimestamp() throws IOException {
        String url = "https://mobilsicher.de/aktuelles/apple-kippt-verschluesselungsplaene-fuer-icloud";
        Metadata m = new MetadataExtractor().extract(page("mobilsicher.de.icloud.html.gz", url), url);
        assertEquals("jsonld", m.published.source());
        assertEquals(Instant.parse("2020-01-23T00:00:00Z"), m.published.utc());
        assertEquals("2020-01-23T01:00+01:00", m.published.local());
        assertEquals("de-DE", m.declaredLanguage);
    }

    @Test
    void otherFieldsOfARealPage() throws IOException {
        String url = "https://www.latimes.com/politics/story/2020-02-19/mike-bloomberg-democratic-debate-history";
        Metadata m = new MetadataExtractor().extract(page("latimes.com.bloomberg.html.gz", url), url);
        assertEquals("Los Angeles Times", m.siteName);
        assertEquals(url, m.canonicalUrl);
        assertNotNull(m.imageUrl);
        assertNotNull(m.description);
    }

    @Test
    void datesAfterTheCrawlAreRejected() {
        Document doc = Jsoup.parse("<html><head><meta property='article:published_time' content='2030-01-01T10:00:00Z'>"
                + "<title>T</title></head><body><p>x</p></body></html>");
        Metadata m = new MetadataExtractor().extract(doc, "https://example.org/a", Instant.parse("2024-01-01T00:00:00Z"));
        assertEquals(null, m.published);
    }

    @Test
    void titleSurvivesAHeadClosedEarly() {
        Document doc = Jsoup.parse("<html><head></head><title>Storm hits coast | Daily Bugle</title><body><p>x</p></body></html>");
        Metadata m = new MetadataExtractor().extract(doc, "https://dailybugle.example/storm");
        assertEquals("Storm hits coast", m.title);
    }
}
