package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The right names, not just some names: precision of the author on real pages of the trafilatura
 * evaluation set (Apache-2.0; gold authors from its annotations) and on markup taken from such pages.
 */
class AuthorNamesTest {

    private static List<String> authors(String file, String url) throws IOException {
        return new MetadataExtractor().extract(MetadataExtractorTest.page(file, url), url).authors;
    }

    private static List<String> authorsOf(String html) {
        return new MetadataExtractor().extract(Jsoup.parse(html), "https://example.org/a").authors;
    }

    private static final String ARTICLE = "<p>" + "Die Ermittlungen gehen weiter und nun ist es so. ".repeat(20) + "</p>";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        steinhau.com.zahlen.html.gz | http://www.steinhau.com/steinhau/wordpress/einmal-zahlen-alles-lesen/ | HENRY STEINHAU
        pinkstinks.de-Kulturtechnik.html.gz | https://pinkstinks.de/das-patriarchat-als-kulturtechnik/ | Nils Pickert
        """)
    void firstNameIsCompletedFromTheBylineThePagePrints(String file, String url, String author) throws IOException {
        // The byline element ("Von Henry") and JSON-LD ("Nils") hold the account's first name; the
        // page prints "MEHR VON HENRY STEINHAU" and "Eine Kolumne von Nils Pickert".
        assertEquals(List.of(author), authors(file, url));
    }

    @Test
    void fullNameBelowALoneLead() {
        String html = "<h1>Titel</h1><div class='byline'><a href='/author/todd/'>Todd</a></div>" + ARTICLE
                + "<div><p><strong>By</strong></p></div><div><p class='full-name'>Todd Bates</p></div>";
        assertEquals(List.of("Todd Bates"), authorsOf(html));
    }

    @Test
    void capitalisedWordsAfterTheNameElsewhereAreNoSurname() {
        String byline = "<h1>Titel</h1><div class='byline'>Von <a href='/author/andrea/'>Andrea</a></div>" + ARTICLE;
        // A licence note is a sentence, not a byline; a category after the name is a word the text uses.
        assertEquals(List.of("Andrea"), authorsOf(byline
                + "<p><span>Journal</span> von <a href='/'>Andrea Bottlinger</a> steht unter einer Lizenz</p>"));
        assertEquals(List.of("Andrea"), authorsOf(byline + "<p>Von Andrea In</p><p>Es ist in der Stadt.</p>"));
        assertEquals(List.of("Andrea"), authorsOf(byline + "<h3>Andrea Hallo</h3>"));
    }

    @Test
    void siteNameInTheAuthorTagIsNoListOfNames() {
        // jobsnhire.com: the author tag holds the site's name, which reads like "A & B".
        String html = "<head><meta property='og:site_name' content='Jobs &amp; Hire'><meta name='author' content='Jobs &amp; Hire'>"
                + "</head><body><h1>Titel</h1><p>By Jose de la Cruz</p>" + ARTICLE + "</body>";
        assertEquals(List.of("Jose de la Cruz"), authorsOf(html));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Rechtsanwalt Sebastian Einbock       | Sebastian Einbock
        Ryan Merkley, CEO                    | Ryan Merkley
        Kristen Falc'honKristen Falc'hon     | Kristen Falc'hon
        Escribe Camila Méndez                | Camila Méndez
        Allen                                | Allen
        Dr. Tim Loppe                        | Dr. Tim Loppe
        """)
    void bylineCleanedToTheName(String byline, String name) {
        // Bylines printed on annotated pages (juraforum.de, creativecommons.org, arteradio.com, ladiaria.com.uy);
        // an academic title stays, as the annotators kept it.
        assertEquals(List.of(name), AuthorParser.parsePrinted(byline, TextDates.forLanguage("de")));
    }

    @Test
    void labelMadeOfRoleWordsIsNoUserName() {
        // bayrische-bembel.de: a menu link to /modules/profile/ reads "Userprofile".
        assertEquals(List.of(), AuthorParser.parsePrinted("Userprofile", TextDates.forLanguage("de")));
    }

    @Test
    void publisherThatTheAddressAbbreviatesIsNoAuthor() {
        // dw.com: the author tag names the broadcaster, the page prints the reporter below the headline.
        String html = "<head><meta name='author' content='Deutsche Welle'></head><body><h1>Elephants</h1>"
                + "<p>Kossivi Tiassou</p><p>By Kossivi Tiassou</p>" + ARTICLE + "<p>Deutsche Welle</p></body>";
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        assertEquals(List.of("Kossivi Tiassou"), new MetadataExtractor().extract(doc, "https://www.dw.com/en/a").authors);
        assertEquals(List.of("Deutsche Welle"), new MetadataExtractor().extract(doc, "https://www.example.com/a").authors);
    }

    @Test
    void laterSourceThatPrintsMoreAuthorsGivesTheWholeList() {
        // spektrum.de: the author links hold one name each, the line below the headline both.
        String html = "<h1>Titel</h1><p>Von <a href='/autor/lars-fischer/'>Lars Fischer</a> und "
                + "<a href='/autor/alina-schadwinkel/'>Alina Schadwinkel</a></p>" + ARTICLE;
        assertEquals(List.of("Lars Fischer", "Alina Schadwinkel"), authorsOf(html));
        // phys.org: a longer list that adds the site is not taken.
        html = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Bob Yirka\"}}</script>"
                + "<h1>Title</h1><p class='article-byline'>by Bob Yirka , Phys.org</p>" + ARTICLE;
        assertEquals(List.of("Bob Yirka"), new MetadataExtractor().extract(Jsoup.parse(html), "https://phys.org/news/a").authors);
    }

    @Test
    void bylineBoxThatListsMoreAuthorsThanItsFirstLink() {
        // latercera.com: one author link per name inside the byline box.
        String html = "<h1>Título</h1><div class='byline'><div class='name'><a href='/autor/isabel-caro'>Isabel Caro</a>, "
                + "<a href='/autor/rocio-latorre'>Rocío Latorre</a> y <a href='/autor/jose-miguel-wilson'>José Miguel Wilson</a>"
                + "</div></div>" + ARTICLE;
        assertEquals(List.of("Isabel Caro", "Rocío Latorre", "José Miguel Wilson"), authorsOf(html));
    }
}
