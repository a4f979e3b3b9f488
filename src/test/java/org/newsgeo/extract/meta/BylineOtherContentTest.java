package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Bylines that belong to other content than the article, in markup cut down from real pages of the
 * trafilatura evaluation set (Apache-2.0): a product review's author, the section name in a headline
 * whose id says "author", a forum post credited "von lupa am 26/10/13".
 */
class BylineOtherContentTest {
    private static final TextDates DE = TextDates.forLanguage("de");

    @Test
    void reviewAuthorIsNotTheByline() {
        // zooroyal.de: a shop page whose only "author" is a customer's review.
        Document doc = Jsoup.parse("<h1>Trixie Natura Kleintierstall</h1><div itemprop=review itemscope"
                + " itemtype=https://schema.org/Review><span itemprop=author content=\"Verifizierte/r Tierfreund/in\"></span>"
                + "<p>Super Artikel!</p></div>");
        assertEquals(List.of(), BylineElements.find(doc, DE));
    }

    @Test
    void headlineIsNotAByline() {
        // brasil247.com: <h1 class="header__sectionName" id="ifAuthor">Brasília</h1> is the section.
        Document doc = Jsoup.parse("<header><h1 class=header__sectionName id=ifAuthor>Brasília</h1></header>"
                + "<article><h2>Militares enviaram 88 perguntas</h2><p>Texto.</p></article>");
        assertEquals(List.of(), BylineElements.find(doc, DE));
    }

    @Test
    void nameRunIntoAnUnrecognisedDate() {
        // wolfsrebellen-netz.forumieren.com: the first post, "von lupa am 26/10/13, 03:48 pm".
        Document doc = Jsoup.parse("<div class=post><p class=author><img alt=Beitrag>&nbsp;von&nbsp;<span><strong>lupa"
                + "</strong></span> am 26/10/13, 03:48 pm</p></div><div class=post><p class=author>von Gesponserte Inhalte</p></div>");
        assertEquals(List.of("lupa"), BylineElements.find(doc, DE));
        assertEquals(List.of("Anna Weber"), AuthorParser.parsePrinted("Von Anna Weber am 3.4.2020", null));
    }

    @Test
    void profileLinkInTheSiteFooterIsNotAByline() {
        // www1.wdr.de: the footer menu links "/unternehmen/der-wdr/profil/jugendmedienschutz-100.html".
        Document doc = Jsoup.parse("<h1>Correctiv-Recherche</h1><p>Text.</p><div id=footer><div role=navigation><ul>"
                + "<li><a href=/unternehmen/der-wdr/profil/jugendmedienschutz-100.html>Jugendmedienschutz</a></li></ul></div></div>");
        assertEquals(List.of(), BylineElements.find(doc, DE));
        doc = Jsoup.parse("<h1>Titel</h1><p>Von <a href=/profil/anna-weber>Anna Weber</a></p>");
        assertEquals(List.of("Anna Weber"), BylineElements.find(doc, DE));
    }

    @Test
    void authorInABooksDataSheetIsNotTheByline() {
        // derpapierplanet.de: a monthly reading post with the book's facts under the text.
        String sheet = "<div><u>Titel:</u> The Casquette Girls</div><div><u>Seiten:</u> 400 Seiten</div>"
                + "<div><u>Autorin: </u>Alys Arden</div><div><u>Verlag: </u>fortheARTofit</div>";
        Document doc = Jsoup.parse("<h1>Through the Booking Glass</h1><p>Was werde ich diesen Monat lesen?</p>" + sheet);
        assertEquals(List.of(), TextBylines.find(doc.selectFirst("h1"), DE));
        doc = Jsoup.parse("<h1>Through the Booking Glass</h1><p>Autorin: Marina Mucha</p><p>Was werde ich lesen?</p>");
        assertEquals(List.of("Marina Mucha"), TextBylines.find(doc.selectFirst("h1"), DE));
    }

    @Test
    void pressContactIsNotTheByline() {
        // diakonie.de: a press release closes with the press officer's card.
        Document doc = Jsoup.parse("<h1>Vorstellung der Studie</h1><p>Text.</p><div itemtype=http://schema.org/Person itemscope>"
                + "<address><p class=name itemprop=name>Kathrin Klinkusch</p><p itemprop=jobTitle>Pressesprecherin</p>"
                + "<p itemprop=telephone><a href=tel:+4930652110>+49 30 65211-1780</a></p></address></div>");
        assertEquals(List.of(), BylineElements.find(doc, DE));
    }

    @Test
    void teaserCardAndQuotationAreNotTheByline() {
        // lebensmittelpraxis.de: an advertised article in a list, the whole card one link.
        Document doc = Jsoup.parse("<h1>Getränke per Schiff ins Stadtzentrum</h1><ul><li><a href=/zentrale/38474-studie.html>"
                + "<h4>Worauf Verbraucher:innen Wert legen</h4><span class=item__author>Glory Global Solutions Germany</span>"
                + "</a></li></ul>");
        assertEquals(List.of(), BylineElements.find(doc, DE));
        // creativecommons.org: a quotation with its speaker's author page.
        doc = Jsoup.parse("<h1>What we do</h1><blockquote><a href=/author/ryan/>Ryan Merkley</a><p>Our work is ...</p></blockquote>");
        assertEquals(List.of(), BylineElements.find(doc, DE));
    }

    @Test
    void lowerCaseCreditFarBelowIsNoClosingByline() {
        // bummfilm.de: a product list far down the page, "Mara und der Feuerbringer" / "von Tommy Krappweis".
        String prose = "<p>" + "Ein langer Absatz über Filme und Bücher, der die Seite füllt. ".repeat(40) + "</p>";
        Document doc = Jsoup.parse("<h1>NBC Ulica Brand Spot</h1>" + prose + "<h4>Mara und der Feuerbringer</h4><p>von Tommy Krappweis</p>");
        assertEquals(List.of(), TextBylines.find(doc.selectFirst("h1"), DE));
        doc = Jsoup.parse("<h1>Auktion in Kücknitz</h1>" + prose + "<p>Von Cosima Künzel</p>");
        assertEquals(List.of("Cosima Künzel"), TextBylines.find(doc.selectFirst("h1"), DE));
    }

    @Test
    void studyCreditBelowTheParagraphsIsNoByline() {
        // propellets.at: after the article's paragraphs, a study's summary with its own credit line.
        String para = "<p>" + "Die Soziologin untersuchte Pelletkaminöfen in einkommensschwachen Haushalten. ".repeat(3) + "</p>";
        Document doc = Jsoup.parse("<h1>Soziale Energie</h1>" + para + para + "<h2>Der Pelletkaminofen</h2>"
                + "<p>Autorin: Sylvia Grossgasteiger, IFZ, Oktober 2008</p>");
        assertEquals(List.of(), TextBylines.find(doc.selectFirst("h1"), DE));
        doc = Jsoup.parse("<h1>Soziale Energie</h1>" + para + "<p>Autorin: Sylvia Grossgasteiger, IFZ, Oktober 2008</p>");
        assertEquals(List.of("Sylvia Grossgasteiger"), TextBylines.find(doc.selectFirst("h1"), DE));
    }
}
