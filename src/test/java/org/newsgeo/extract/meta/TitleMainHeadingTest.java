package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgeo.extract.body.BodyExtractor;

/**
 * The heading at the start of the main text, used when no declared title confirms a heading: on
 * real pages from the trafilatura evaluation set (Apache-2.0; gold titles from its annotations)
 * and on snippets for the single rules.
 */
class TitleMainHeadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        wiki page: the heading that opens the text, not the page path in <title> ; wiki.python.org.Download.html.gz ; https://wiki.python.org/moin/BeginnersGuide/Download ; Downloading Python
        h2 just before the text, not the section name in <title> ; chadim.net.schreibstil.html.gz ; https://chadim.net/text-planung/der-schreibstil ; Schreiben Sie Informationen für Ihre Zielgruppe
        blog date header over the post is no headline ; abookshelffullofsunshine.blogspot.com.interview.html.gz ; https://abookshelffullofsunshine.blogspot.com/2013/10/news-viertes-eigenes-blog-interview.html ; (News) Viertes eigenes Blog-Interview: Dieses Mal mit Anne Lück
        """)
    void realPages(String rule, String file, String url, String title) throws IOException {
        assertEquals(title, new MetadataExtractor().extract(MetadataExtractorTest.page(file, url), url).title, rule);
    }

    private static final String TEXT = "<p>" + "Der erste Absatz des Artikels erzählt, was geschah, wo und warum, in ganzen Sätzen. ".repeat(4) + "</p>"
            + "<p>" + "Ein zweiter Absatz, mit Kommas, Zahlen und Namen, setzt den Bericht fort. ".repeat(4) + "</p>";

    @Test
    void headingOpeningTheMainTextWins() {
        String html = "<title>Example Site</title><body><nav><h2>Alle Rubriken im Überblick</h2></nav>"
                + "<div class=story><h2>Neue Brücke über den Fluss eröffnet</h2>" + TEXT + "</div></body>";
        assertEquals("Neue Brücke über den Fluss eröffnet", title(html));
    }

    @Test
    void pageLabelInALowerHeadingDoesNotEndTheSearch() {
        // an h4 page label (also the <title>) opens the main text; the h2 below it is the headline (slf.ch)
        String html = "<title>Wochenbericht 14. - 20. Januar 2022 - SLF</title><body><div class=mainContent>"
                + "<article><header><h4>Wochenbericht 14. - 20. Januar 2022</h4></header></article>"
                + "<h2 class=text-hide>Hauptinhalt</h2><article><header><h2> Schwache Profile – günstige Lawinensituation </h2></header>"
                + TEXT + "</article></div></body>";
        assertEquals("Schwache Profile – günstige Lawinensituation", title(html));
    }

    @Test
    void sidebarWordsAroundTheMainTextItselfAreLayout() {
        // the whole content column is "has-double-sidebar": its headline is no side box (energieverbraucher.de)
        String html = "<title>Example | Gaspreise</title><body><div class='main-content has-double-sidebar'><div class=content-segment>"
                + "<div class=itc-headline>Energiepreiskrise: Entlastungen und Rechte auf einen Blick</div>" + TEXT + "</div></div>"
                + "<div class=sidebar><h2>Auch interessant für unsere Leser</h2></div></body>";
        assertEquals("Energiepreiskrise: Entlastungen und Rechte auf einen Blick", title(html));
    }

    @Test
    void linkLabelStyledAsTitleIsNoHeadline() {
        // an archive toolbar before the page: its linked "title" span is no headline, <title> stays (archive.org)
        String html = "<title>Les Français travaillent-ils trop peu ?</title><body><div id=wm-ipp>Organization: "
                + "<a href='https://archive.org/details/alexacrawls'><span class=wm-title>Alexa Crawls</span></a></div>"
                + "<div class=story>" + TEXT + "</div></body>";
        assertEquals("Les Français travaillent-ils trop peu ?", title(html));
    }

    @Test
    void teasersOfOtherStoriesAndBoxLabelsAreSkipped() {
        // the linked h2 of another article and a one-word box label sit just before the text
        String html = "<title>Example Site</title><body><h2 class=page-title>Neue Brücke über den Fluss eröffnet</h2>"
                + "<article class=teaser><h2><a href='/other'>Ein ganz anderer Bericht von gestern</a></h2></article>"
                + "<div class=box-title>Schlagzeilen</div><div class=story>" + TEXT + "</div></body>";
        assertEquals("Neue Brücke über den Fluss eröffnet", title(html));
    }

    @Test
    void jobAndBenchmarkPathsAgree() {
        // ArticleExtractor hands over the body extractor's blocks; the two-argument call finds them itself
        String html = "<title>Example Site</title><body><h2>Neue Brücke über den Fluss eröffnet</h2><div>" + TEXT + "</div></body>";
        Document doc = Jsoup.parse(html, "https://example.org/a/b");
        Element first = new BodyExtractor().content(doc).first();
        assertEquals(title(html), new MetadataExtractor().extract(doc, "https://example.org/a/b", null, first).title);
    }

    private static String title(String html) {
        Document doc = Jsoup.parse(html, "https://example.org/a/b");
        return new MetadataExtractor().extract(doc, "https://example.org/a/b").title;
    }
}
