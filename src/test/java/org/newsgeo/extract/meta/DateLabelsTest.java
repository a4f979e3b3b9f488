package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Labelled dates ("Erstellt am", "Letzte Änderung") and printed times without zone, on real pages
 * of the htmldate evaluation set (Apache-2.0) with their gold dates, and on minimal pages.
 */
class DateLabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        literaturkritik.de-Ann-Cotten.html.gz | https://literaturkritik.de/franke-cotten-die-anleitungen-der-vorfahren,30063.html | 2023-11-01
        berkutschi.com-willingen.html.gz      | https://berkutschi.com/de/front/news/10759-marius-lindvik-gewinnt-in-willingen | 2022-01-30
        htmldate__simmeltalzeitung.ch-Trinkwasser.html.gz | http://simmentalzeitung.ch/Simmental/Boltigen/Trinkwasser-in-Schwarzenmatt-belastet-43157.html | 2023-11-01
        """)
    void labelledDatesOfRealPages(String file, String url, String date) throws IOException {
        // literaturkritik: "Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023";
        // berkutschi: "Erstellt am: 30.01.2022" while a news ticker's date element says 01.02.2022;
        // simmentalzeitung: meta date "11/01/2023 12:43:42" and "Erstellt am: 01.11.2023" in the text.
        assertEquals(date, MetadataExtractorTest.publishedDay(file, url));
    }

    @Test
    void aPrintedTimeThatIsTheStructuredInstantKeepsBothDays() throws IOException {
        // abcnews prints "November 8, 2023, 11:15 PM" (US Eastern) under the headline; JSON-LD
        // says 2023-11-09T04:15Z. Same moment: UTC day the 9th, local day the 8th.
        String url = "https://abcnews.go.com/Politics/nikki-haley-battles-ramaswamy-desantis-4-republican-debate/story?id=104746419";
        Metadata m = new MetadataExtractor().extract(MetadataExtractorTest.page("abcnews.com-Ramaswamy.html.gz", url), url);
        assertEquals("2023-11-09T04:15:00Z", m.published.utc().toString());
        assertEquals("2023-11-08T23:15-05:00", m.published.local());
    }

    @Test
    void aPrintedTimeAtAnotherMomentIsNotMergedWithStructuredData() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2023-11-09T04:17:00Z\"}</script></head><body><h1>Debate</h1>"
                + "<p>November 8, 2023, 11:15 PM</p><p>Body text of the article.</p></body></html>";
        String url = "https://example.com/debate";
        Metadata m = new MetadataExtractor().extract(Jsoup.parse(html, url), url);
        assertEquals("2023-11-08T23:15", m.published.local());
    }

    @Test
    void modificationLabelsAreWholeWordsBeforeTheDate() {
        String t = "Updated: 3 May 2023";
        assertTrue(DateLabels.modified(t, 0, t.indexOf('3')));
        String u = "Outdated news of 3 May 2023";
        assertFalse(DateLabels.modified(u, 0, u.indexOf('3')));
        String v = "Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023";
        assertFalse(DateLabels.modified(v, v.indexOf("14:49:39") + 8, v.indexOf("01.11")));
    }

    @Test
    void germanStandLabelsThePageDateButNotACitation() throws IOException {
        // stuttgart.de's home page prints "[Stand: 09.10.2017, 01:40 Uhr]" below its news, and
        // event dates (15.11.2017) earlier in the text.
        String url = "http://www.stuttgart.de/";
        assertEquals("2017-10-09", MetadataExtractorTest.publishedDay("htmldate__stuttgart.de.html.gz", url));
        // "(Stand: ...)" in brackets dates a cited source, not the page.
        TextDates de = TextDates.forLanguage("de");
        assertEquals(null, new TextRegions(Jsoup.parse("<p>Quelle: Umweltbundesamt (Stand: 19.08.2013)</p>"), de).labelled());
        assertEquals("2013-08-19", new TextRegions(Jsoup.parse("<p>Text.</p><p>Stand: 19.08.2013</p>"), de).labelled()
                .local().toLocalDate().toString());
    }
}
