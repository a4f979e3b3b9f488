package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bylines that were missed or cut short: co-authors, date lines without a lead word, bylines over
 * the headline or signed under the text, credits and labels. Real pages of the trafilatura
 * evaluation set (Apache-2.0; gold authors from its annotations) and markup taken from such pages.
 */
class AuthorRecallTest {
    private static final String ARTICLE = "<p>" + "Die Ermittlungen gehen weiter, sagte die Sprecherin am Abend. ".repeat(12) + "</p>";

    private static List<String> authors(String html) {
        return new MetadataExtractor().extract(Jsoup.parse(html), "https://example.de/a").authors;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        spektrum.de.coronavirus.html.gz | https://www.spektrum.de/wissen/laesst-sich-die-coronavirus-ausbreitung-in-deutschland-kontrollieren/1700384 | Lars Fischer;Alina Schadwinkel
        it-for-kids.org.variables.html.gz | https://it-for-kids.org/blog/191211_variables/ | Amelie Loevenich
        pferd-aktuell.de-stellungnahmen.html.gz | https://www.pferd-aktuell.de/news/aktuelle-meldungen/zucht/stellungnahme-der-fn-zum-hlp-pilotjahr-2022 | Uta Helkenberg
        eishockeynews.de-halbfinale.html.gz | https://www.eishockeynews.de/aktuell/artikel/2022/02/01/muenchen-verliert-bei-tappara-tampere.html | Stefan Wasmer
        petri-heil-ch-hechte.html.gz | https://www.petri-heil.ch/de/bielerseewinterhechte--1026 | Ivan Valetny
        hss.de-Regierung.html.gz | https://www.hss.de/news/detail/grosse-aufgaben-fuer-die-neue-regierung-news8123/ | Uta Staschewski
        xinhuanet.com.c_1125597921.html.gz | http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm | 焦鹏
        """)
    void bylineOnRealPage(String file, String url, String expected) throws IOException {
        // von <a>Lars Fischer</a> und <a>Alina Schadwinkel</a> | <h1> 11.12.2019 - Amelie Loevenich |
        // <small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1> | <p><b><i>Stefan Wasmer</i></b></p> closing
        // the text | Text & Fotos: Ivan Valetny | Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien |
        // "责任编辑： 焦鹏" under the text of a page without headings.
        List<String> got = new MetadataExtractor().extract(MetadataExtractorTest.page(file, url), url).authors;
        assertEquals(Arrays.asList(expected.split(";")), got);
    }

    @Test
    void nameInBracketsClosesTheText() {
        // osthessen-news.de: the commentary ends "...bleibt spannend.</strong> (Christian P. Stadtfeld) +++".
        String html = "<h1>Bürgermeisterwahl</h1><div>" + ARTICLE + "<p><strong>Die Gemeindepolitik in Petersberg bleibt spannend."
                + "</strong> (Christian P. Stadtfeld) +++</p><span class='lp_is_end'></span></div>";
        assertEquals(List.of("Christian P. Stadtfeld"), authors(html));
    }

    @Test
    void nameOverARoleSignsTheText() {
        // ditib.de: a statement closes "Möge ihre Nacht ... gesegnet sein.</p><p>Kazım T&Uuml;RKMEN<br />DITIB-Bundesvorsitzender</p>".
        String signed = "<p>Möge ihre Nacht der Geburt des Propheten gesegnet sein.</p><p>Kazım T&Uuml;RKMEN<br />\nDITIB-Bundesvorsitzender</p>";
        assertEquals(List.of("Kazım TÜRKMEN"), authors("<h1>Die Nacht der Geburt</h1><div>" + ARTICLE + signed + "</div>"));
        // With prose after it, the block introduces someone the text goes on about.
        assertEquals(List.of(), authors("<h1>Die Nacht der Geburt</h1><div>" + ARTICLE + signed + ARTICLE + "</div>"));
    }

    @Test
    void nameInBracketsAfterAQuoteIsTheSpeaker() {
        // emotion.de: a reader's tip in quotes, then who said it.
        String html = "<h1>Selfcare</h1><div>" + ARTICLE + "<p><b>50.</b> \"Eine richtig gute Thai-Massage buchen.\" <b>(Maria Sedgwick)</b></p></div>";
        assertEquals(List.of(), authors(html));
    }

    @Test
    void seoPluginLabelNamesTheAuthor() {
        String html = "<meta name='twitter:label1' content='Verfasst von'><meta name='twitter:data1' content='Karoline Herr'>"
                + "<meta name='twitter:label2' content='Geschätzte Lesezeit'><meta name='twitter:data2' content='5 Minuten'><h1>Lost</h1>";
        assertEquals(List.of("Karoline Herr"), authors(html));
    }

    @Test
    void labelAloneOverTheName() {
        String html = "<h1>Sur les migrations</h1><dl><dt>Auteur</dt><dd><a href='/fr/staff/uriel-gadessaud/'>Uriel Gadessaud</a></dd></dl>"
                + ARTICLE;
        assertEquals(List.of("Uriel Gadessaud"), authors(html));
    }

    @Test
    void deskAfterADashClosesTheList() {
        assertEquals(List.of("Nathan Parker", "Varun Khaneja", "Eric Mill", "Kiran C Nair"), AuthorParser.parsePrinted(
                "Posted by Nathan Parker, Varun Khaneja, Eric Mill and Kiran C Nair - Chrome Safe Browsing team", TextDates.forLanguage("en")));
        assertEquals(List.of("Christian Seiler"), authors("<h1>Purzelbaum</h1><p><em>Text von Christian Seiler Illustration von Markus Roost</em></p>"
                + ARTICLE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        <span class='date2'>04. November 2021 | PAID CONTENT</span><h1>Campinglösungen</h1>
        <h1>Cup-Vorschau</h1><p>Handball Schweiz • 02.02.2022</p>
        <h1>Glossar</h1><p>2020-04-26 Deutsche Sprache</p>
        <h1>Leasing</h1><p>PARAGRAPH</p><p><strong>Kostenbeispiel Leasing</strong></p><ul><li>Neupreis: 20.000 Euro</li></ul>
        <h1>Datenerhebung</h1><p>PARAGRAPH</p><p><strong>Gesellschaftliche Problemfelder</strong></p><p>PARAGRAPH</p>
        """)
    void labelsSectionsAndSubheadingsAreNoAuthors(String html) {
        // A label in capitals, a section before the date, a category after it without a separator,
        // bold subheadings followed by more of the article.
        assertEquals(List.of(), authors(html.replace("<p>PARAGRAPH</p>", ARTICLE)));
    }
}
