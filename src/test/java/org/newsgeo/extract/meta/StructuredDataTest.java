package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** JSON-LD, meta tags, machine and URL dates, titles and bylines on small hand-made snippets. */
class StructuredDataTest {

    @Test
    void lenientJsonToleratesBrokenBlocks() {
        List<Object> v = LenientJson.parseAll("<!-- {\"a\": \"x\ny\", 'b': [1, 2,], c: true,} -->");
        Map<?, ?> m = (Map<?, ?>) v.get(0);
        assertEquals("x\ny", m.get("a"));
        assertEquals(List.of("1", "2"), m.get("b"));
        assertEquals("true", m.get("c"));
        assertEquals(1, LenientJson.parseAll("{\"a\": {\"b\": [1, 2").size()); // truncated
    }

    @Test
    void jsonLdGraphWithAuthorReferences() {
        Document doc = Jsoup.parse("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\",\"@id\":\"#page\",\"datePublished\":\"2019-01-01\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Hello\",\"datePublished\":\"2023-02-25T21:11:00+07:00\","
                + "\"author\":[{\"@id\":\"#p1\"},{\"@type\":\"Person\",\"name\":\"Budi Santoso\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Kabar\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Siti Rahma\"}]}</script><p>x</p>");
        Metadata m = new MetadataExtractor().extract(doc, "https://kabar.example/berita/1");
        assertEquals(List.of("Siti Rahma", "Budi Santoso"), m.authors);
        assertEquals("2023-02-25T21:11+07:00", m.published.local());
        assertEquals("2023-02-25T14:11:00Z", m.published.utc().toString());
        assertEquals("jsonld", m.published.source());
        assertEquals("Kabar", m.siteName);
    }

    @Test
    void localTimeWithoutOffsetUsesTheSiteCountry() {
        Document doc = Jsoup.parse("<meta name='pubdate' content='2023-02-25 21:11'><meta name='og:updated_time' content='2023-02-26'>");
        Metadata m = new MetadataExtractor().extract(doc, "https://www.example.de/a");
        assertEquals("2023-02-25T21:11", m.published.local());
        assertEquals("2023-02-25T20:11:00Z", m.published.utc().toString()); // Germany, winter time
        assertEquals("meta", m.published.source());
        assertEquals("2023-02-26", m.modified.local());
        // Indonesia spans three zones: no offset can be justified, the local time is read as UTC.
        Metadata id = new MetadataExtractor().extract(doc, "https://www.example.co.id/a");
        assertEquals("2023-02-25T21:11:00Z", id.published.utc().toString());
    }

    @Test
    void urlDates() {
        assertEquals("2019-07-28", UrlDates.find("https://x.org/2019/07/28/slug").local().toLocalDate().toString());
        assertEquals("2020-01-02", UrlDates.find("http://x.org/detail/20200102/1.html").local().toLocalDate().toString());
        assertNull(UrlDates.find("https://x.org/2019/07/slug"));
    }

    @Test
    void machineDates() {
        assertEquals("2016-12-23T10:11:00Z", MachineDates.parse("2016-12-23T05:11:00-05:00", null)
                .toPublished("meta", null).utc().toString());
        assertEquals("2019-06-17T16:28:00Z", MachineDates.parse("2019-06-17T18:28:00+0200", null)
                .toPublished("meta", null).utc().toString());
        assertEquals("2020-01-02", MachineDates.parse("20200102", null).toPublished("meta", null).local());
    }

    @Test
    void titlesLoseTheirSiteName() {
        assertEquals("Storm hits coast", TitleCleaner.clean("Storm hits coast | Daily Bugle", "Daily Bugle", null, null));
        assertEquals("Storm hits coast", TitleCleaner.clean("Storm hits coast – dailybugle.com", null, "www.dailybugle.com", null));
        assertEquals("Storm hits coast", TitleCleaner.clean("Daily Bugle - Storm hits coast", "Daily Bugle", null, null));
        assertEquals("Gaza - Israel talks", TitleCleaner.clean("Gaza - Israel talks", "Daily Bugle", null, null));
    }

    @Test
    void bylines() {
        TextDates en = TextDates.forLanguage("en");
        assertEquals(List.of("Anna Smith", "Bob Jones"), AuthorParser.parse("By Anna Smith and Bob Jones", en));
        assertEquals(List.of("Anna Smith", "Bob Jones", "Carl Wu"), AuthorParser.parse("Anna Smith, Bob Jones & Carl Wu", en));
        assertEquals(List.of("Hans Meier", "Eva Roth"), AuthorParser.parse("Von Hans Meier und Eva Roth", TextDates.forLanguage("de")));
        assertEquals(List.of("Juan Pérez", "Ana Gómez"), AuthorParser.parse("Por Juan Pérez y Ana Gómez", en));
        assertEquals(List.of("Budi Santoso"), AuthorParser.parse("Oleh Budi Santoso", en));
        assertEquals(List.of("Anna Smith"), AuthorParser.parse("By Anna Smith anna@example.com February 25, 2023", en));
        assertEquals(List.of("Alexa von Heyden"), AuthorParser.parse("Alexa von Heyden", en));
    }
}
