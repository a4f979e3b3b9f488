package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Authors as the reader sees them in the byline, on real pages of the trafilatura evaluation set
 * (Apache-2.0; gold authors from its annotations) and on byline strings taken from such pages.
 */
class AuthorsTest {

    private static List<String> authors(String file, String url) throws IOException {
        return new MetadataExtractor().extract(MetadataExtractorTest.page(file, url), url).authors;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        90min.de-Bundesliga-Tabelle.html.gz | https://www.90min.de/posts/bundesliga-tabelle-2023-24-ohne-fehlentscheidungen-01hdgzyyg1b1 | Jan Kupitz
        pferderevue.at-uebung.html.gz | https://www.pferderevue.at/aktuelles/ausbildung/2022/schluss-mit-poltern--vier-uebungen-fuer-einen-geschmeidigen-sitz.html | Pamela Sladky
        fouryears.eu.interning.html.gz | http://fouryears.eu/2019/10/21/interning-of-small-integers-in-python/ | Konstantin
        d51e75d9e53a472bb7708191899aa6b4.html.gz | https://www.ln-online.de/Lokales/Luebeck/Luebeck-So-war-die-Auktion-fuer-St.-Johannes-in-Kuecknitz | Cosima Künzel
        sladisworld.wordpress.com.sigma.html.gz | https://sladisworld.wordpress.com/2019/12/10/was-wurde-eigentlich-aus-six-sigma/ | freeman1984
        """)
    void bylineAsPrinted(String file, String url, String author) throws IOException {
        assertEquals(List.of(author), authors(file, url));
    }

    @Test
    void textBylinesBelowTheHeadline() throws IOException {
        // "Von Jan Kupitz | Oct 24, 2023 | Zuletzt geändert: ...": the name ends at the separator,
        // and a first name that is also a month abbreviation is still a name.
        String url = "https://www.90min.de/posts/bundesliga-tabelle-2023-24-ohne-fehlentscheidungen-01hdgzyyg1b1";
        Document doc = MetadataExtractorTest.page("90min.de-Bundesliga-Tabelle.html.gz", url);
        assertEquals(List.of("Jan Kupitz"), TextBylines.find(Headline.of(doc), TextDates.forLanguage("de")));
        // "Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45"
        url = "https://www.pferderevue.at/aktuelles/ausbildung/2022/schluss-mit-poltern--vier-uebungen-fuer-einen-geschmeidigen-sitz.html";
        doc = MetadataExtractorTest.page("pferderevue.at-uebung.html.gz", url);
        assertEquals(List.of("Pamela Sladky"), TextBylines.find(Headline.of(doc), TextDates.forLanguage("de")));
    }

    @Test
    void structuredAuthorThatThePageNeverPrintsIsNotTheByline() throws IOException {
        // Annotated as having no author: JSON-LD and meta name an account the page does not show.
        String url = "https://teslamag.de/news/musk-firma-xai-modell-nutzung-tesla-computer-moeglich-62317";
        Document doc = MetadataExtractorTest.page("teslamag.de-Musk.html.gz", url);
        assertEquals(List.of("Sascha Mattke"), new MetaTags(doc).all("author"));
        assertEquals(List.of(), authors("teslamag.de-Musk.html.gz", url));
    }

    @Test
    void structuredOrganisationIsSkippedForThePrintedByline() throws IOException {
        // JSON-LD names the paper ("LN"); the article closes with "Von Cosima Künzel".
        String url = "https://www.ln-online.de/Lokales/Luebeck/Luebeck-So-war-die-Auktion-fuer-St.-Johannes-in-Kuecknitz";
        Document doc = MetadataExtractorTest.page("d51e75d9e53a472bb7708191899aa6b4.html.gz", url);
        assertEquals(List.of("LN"), JsonLd.of(doc).authors());
        assertEquals(List.of("Cosima Künzel"), authors("d51e75d9e53a472bb7708191899aa6b4.html.gz", url));
    }

    @Test
    void authorPrintedOnlyInHiddenMarkupIsNotTheByline() {
        // The markup of a news theme seen on several annotated pages without author: JSON-LD names
        // the account, the page prints it for search engines only.
        String article = "<p>" + "Die Ermittlungen gehen weiter. ".repeat(30) + "</p>";
        String hidden = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Alex Muster\"}}</script>"
                + "<h1>Titel</h1><div class='td-author-name vcard author' style='display: none'><span class='fn'>"
                + "<a href='/author/a-muster/'>Alex Muster</a></span></div>" + article;
        assertEquals(List.of(), new MetadataExtractor().extract(org.jsoup.Jsoup.parse(hidden), "https://example.de/a").authors);
        String shown = hidden.replace(" style='display: none'", "");
        assertEquals(List.of("Alex Muster"), new MetadataExtractor().extract(org.jsoup.Jsoup.parse(shown), "https://example.de/a").authors);
    }

    @Test
    void authorInMarkupHiddenForSearchEnginesGivesWayToThePrintedByline() throws IOException {
        // JSON-LD and meta name the account, which the theme prints only in <span class="vcard
        // rich-snippet-hidden">; the reader sees "Von Matthias Lauerer" above the text.
        String url = "https://www.courage-online.de/erfinderinnen-ann-kiessling-und-ihre-forschung-im-kampf-gegen-das-hiv-virus/";
        Document doc = MetadataExtractorTest.page("courgage-online.de.HIV.html.gz", url);
        assertEquals(List.of("Isabell Angele"), new MetaTags(doc).all("author"));
        assertEquals(List.of("Matthias Lauerer"), authors("courgage-online.de.HIV.html.gz", url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Juan Carlos Muñoz C.                           | Juan Carlos Muñoz C.
        Jan Kupitz                                     | Jan Kupitz
        Erstellt von Andri Bryner                      | Andri Bryner
        Redacci&oacute;n Diario Pagina Siete           | Redacción Diario Pagina Siete
        c1ph4                                          | c1ph4
        Lisa Petrich Mi                                | Lisa Petrich
        Logan C. Ritchie November                      | Logan C. Ritchie
        Sonia Mevißen Erstellt                         | Sonia Mevißen
        Author: Bo2man am 29.12.2010                   | Bo2man
        """)
    void parsedName(String byline, String name) {
        assertEquals(List.of(name), AuthorParser.parse(byline, TextDates.forLanguage("de")));
    }

    @Test
    void interviewBylineNamesBoth() {
        // deutschlandfunk.de: <p class="author">Richard David Precht im Gespräch mit Karin Fischer</p>
        assertEquals(List.of("Richard David Precht", "Karin Fischer"),
                AuthorParser.parsePrinted("Richard David Precht im Gespräch mit Karin Fischer", TextDates.forLanguage("de")));
    }

    @Test
    void deskCreditIsTheBylineOnlyWhenPrinted() {
        TextDates de = TextDates.forLanguage("de");
        assertEquals(List.of("Redaktion"), AuthorParser.parsePrinted("Von Redaktion -", de));
        assertEquals(List.of("Staff Writer"), AuthorParser.parsePrinted("By Staff Writer", de));
        assertEquals(List.of("Rasender Reporter"), AuthorParser.parsePrinted("von: Rasender Reporter", de));
        assertEquals(List.of(), AuthorParser.parse("Redaktion", de));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        email the
        Zuletzt geändert
        Veröffentlicht
        Bundesministerium für Wirtschaft, Klimaschutz
        Quelle
        Mai 2020
        """)
    void notAName(String byline) {
        assertTrue(AuthorParser.parse(byline, TextDates.forLanguage("de")).isEmpty(), byline);
    }

    @Test
    void theSitesOwnTwitterAccountIsNoByline() {
        // Folha de S.Paulo (Readability's test page): the card's creator is the paper's account, as
        // its site; the reporter is named only in JSON-LD and never printed.
        String head = "<meta name='twitter:creator' content='folha'><meta name='twitter:site' content='folha'>";
        String article = "<h1>Tite diz que errou</h1><p>" + "O técnico falou sobre a final de 2012. ".repeat(30) + "</p>";
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(head + article);
        assertEquals(List.of(), new MetadataExtractor().extract(doc, "https://www1.folha.uol.com.br/esporte/2018/12/tite.shtml").authors);
        // A reporter's own account still names the reporter.
        doc = org.jsoup.Jsoup.parse(head.replace("creator' content='folha'", "creator' content='Bruno Rodrigues'") + article.replace("</p>", " Bruno Rodrigues</p>"));
        assertEquals(List.of("Bruno Rodrigues"), new MetadataExtractor().extract(doc, "https://www1.folha.uol.com.br/a").authors);
    }

    @Test
    void aBracketInsideANameLeavesOneSpace() {
        assertEquals(List.of("Bruno Rodrigues"), AuthorParser.parse("Bruno (Henrique Zecchin) Rodrigues ", null));
    }
}
