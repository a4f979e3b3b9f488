package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which date a page's publication date is, on real pages of the trafilatura evaluation set
 * (Apache-2.0) with their gold dates, and on minimal pages for the rules behind them.
 */
class DateChoiceTest {

    private static String published(String html, String url) {
        Metadata m = new MetadataExtractor().extract(Jsoup.parse(html, url), url);
        return m.published == null ? null : m.published.local().substring(0, 10);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        courgage-online.de.HIV.html.gz       | https://www.courage-online.de/erfinderinnen-ann-kiessling-und-ihre-forschung-im-kampf-gegen-das-hiv-virus/ | 2022-12-25
        enwb.com.windpark.steinheim.html.gz  | https://www.enbw.com/unternehmen/presse/buergerbeteiligung-fuer-den-windpark-steinheim-startet.html | 2022-12-06
        couchstyle.de.vintage.html.gz        | https://www.couchstyle.de/living/homestory/vintage-flair-mit-sehr-viel-gruen--1597 | 2022-09-23
        zoll.de-Tabaksteuer.html.gz          | https://www.zoll.de/SharedDocs/Fachmeldungen/Aktuelle-Einzelmeldungen/2021/vst_verkuendung_tabaksteuermodernisierungsgesetz.html | 2021-10-18
        """)
    void goldDateOfRealPages(String file, String url, String date) throws IOException {
        // courgage: a hidden "updated" stamp sits before the printed date; enwb: the standfirst
        // tells an event date; couchstyle: "23.09.22"; zoll: the first h1 is the site logo.
        assertEquals(date, MetadataExtractorTest.publishedDay(file, url));
    }

    @Test
    void aDateToldInTheStandfirstIsNotThePublicationDate() {
        String html = "<html><body><h1>Show in Rostock</h1><p>The next show takes place in the city park on the"
                + " 21 May 2022, when thousands of visitors are expected to come again.</p>"
                + "<p>11 January 2022, 09:50</p></body></html>";
        assertEquals("2022-01-11", published(html, "https://example.org/show"));
    }

    @Test
    void aDatelineOpeningTheParagraphIsKept() {
        String html = "<html><body><h1>Storm hits coast</h1><p>3 May 2023 - The storm that reached the coast"
                + " on Tuesday night left thousands of homes without power, officials said.</p></body></html>";
        assertEquals("2023-05-03", published(html, "https://example.org/storm"));
    }

    @Test
    void aDateJustAboveTheHeadlineCounts() {
        String html = "<html><body><nav>Home</nav><div class='kicker'>Party, 30.10.23</div><h1>Last-minute costumes</h1>"
                + "<p>Text of the article that runs on without any date in it at all.</p></body></html>";
        assertEquals("2023-10-30", published(html, "https://example.org/costumes"));
    }

    @Test
    void structuredDataSettlesDayAndMonthOrder() {
        // A British page read as en-US: "02/11/2023" is 2 November, as its JSON-LD says.
        String html = "<html lang='en-US'><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2023-11-02T14:00:51Z\"}</script></head><body><h1>Talks resume</h1>"
                + "<div>02/11/2023 02:00pm GMT</div></body></html>";
        assertEquals("2023-11-02", published(html, "https://example.org/talks"));
    }

    @Test
    void aSlugStartingWithANumberIsNotADay() {
        assertNull(UrlDates.find("https://blog.example.org/2023/10/3-questions-to-our-team/"));
        assertEquals("2023-10-03", UrlDates.find("https://blog.example.org/2023/10/3/questions/").local().toLocalDate().toString());
        assertEquals("2023-10-03", UrlDates.find("https://blog.example.org/2023/10/03-questions").local().toLocalDate().toString());
    }
}
