package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headline choice on real pages from the trafilatura evaluation set (Apache-2.0; gold titles from
 * its annotations) and on small snippets for the single rules.
 */
class TitlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        kicker in a small element over the h1 ; hss.de-Regierung.html.gz ; https://www.hss.de/news/detail/grosse-aufgaben-fuer-die-neue-regierung-news8123/ ; Große Aufgaben für die neue Regierung
        two-line h1 kept whole, not cut to its first span ; automobilwoche.de-VW-Betriebsversammlung.html.gz ; https://www.automobilwoche.de/article/20211103/AGENTURMELDUNGEN/311039909/1276/krach-vor-der-vw-betriebsversammlung-es-knirscht-zwischen-diess-und-aufsichtsraeten ; Krach vor der VW-Betriebsversammlung: Es knirscht zwischen Diess und Aufsichtsräten
        section-label h1 loses to the h2 that og:title and title confirm ; galore.de.buch.html.gz ; https://www.galore.de/kultur/artikel/30-11-buch-der-woche-nikole-hannah-jones-hrsg-o-1619 ; 30.11. | Buch der Woche
        site name glued to a Chinese title, named by the home link ; xinhuanet.com.c_1125597921.html.gz ; http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm ; 武汉的声音：有英勇的你，才有英雄的城！
        site prefix and section-link suffix cut ; bayrische-bembel.de.504.html.gz ; http://bayrische-bembel.de/bbr/modules/news/article.php?storyid=504 ; Eintracht Frankfurt stellt Weichen für die Zukunft
        breadcrumb h1 loses to the article h2 its kicker span marks apart ; spektrum.de.coronavirus.html.gz ; https://www.spektrum.de/wissen/laesst-sich-die-coronavirus-ausbreitung-in-deutschland-kontrollieren/1700384 ; Lässt sich die Coronavirus-Ausbreitung in Deutschland kontrollieren?
        logo h1 skipped, blog name in the middle of the title ; archiv.krimiblog.de.2895.html.gz ; http://archiv.krimiblog.de/?p=2895 ; Das vermutlich schwulste Musikvideo der Welt
        """)
    void realPages(String rule, String file, String url, String title) throws IOException {
        String got = new MetadataExtractor().extract(MetadataExtractorTest.page(file, url), url).title;
        assertEquals(title, got, rule);
    }

    @Test
    void declaredTitleCutsTheKickerOffTheH1() {
        assertEquals("Schulze: Deutschland steht fest", title("<meta property=og:title content='Schulze: Deutschland steht fest'>",
                "<h1><span class=teaser__roofline>Ernährung sichern</span> Schulze: Deutschland steht fest</h1>"));
        // the declared titles keep the kicker as a segment of its own: it is not part of the headline
        assertEquals("Getränke per Schiff ins Stadtzentrum", title("<title>Olympische Spiele in Paris - Getränke per Schiff ins Stadtzentrum</title>",
                "<h1><span class=subtitle>Olympische Spiele in Paris</span> Getränke per Schiff ins Stadtzentrum</h1>"));
        // a byline under the headline goes when og:title holds the headline and a photo credit (nikkei.com)
        assertEquals("米朝首脳直通電話　習氏に挑むトランプ戦術の成否", title("<meta property=og:title content='米朝首脳直通電話　習氏に挑むトランプ戦術の成否（写真＝ロイター）'>",
                "<h1 itemprop=headline><span class=cmnc-middle>米朝首脳直通電話　習氏に挑むトランプ戦術の成否</span><br>"
                        + "<span class=cmnc-small>編集委員　中沢克二</span></h1><h2>おすすめ情報</h2>"));
        // a sub-line after the headline goes when og:title is the headline alone
        assertEquals("Dezuka Suisan: Deep-Fried Fish Cakes", title("<meta property=og:title content='Dezuka Suisan: Deep-Fried Fish Cakes'>",
                "<h1><span>Dezuka Suisan: Deep-Fried Fish Cakes</span> <small>Welcome to the Flavor Capital</small></h1>"
                        + "<h2>Dezuka Suisan</h2>"));
    }

    @Test
    void headingsAreReadAsShown() {
        assertEquals("Energiewende und gesellschaftlicher Wandel", title("<title>Energiewende und gesellschaftlicher Wandel | Institut</title>",
                "<h1><span class=visuallyhidden>Headline:</span> Energiewende und gesellschaftlicher Wandel</h1>"));
        assertEquals("子どもへの体罰を禁止する法律", title("<title>NEWS WEB EASY|子どもへの体罰を禁止する法律</title>",
                "<h1>子<ruby>ども</ruby>への<ruby>体罰<rt>たいばつ</rt></ruby>を禁止する法律</h1>"));
        // soft hyphens are page text (jsoup's text() drops them)
        assertEquals("Schulze: Deutsch\u00adland steht fest", title("<title>Schulze: Deutschland steht fest | BMZ</title>",
                "<h1>Schulze: Deutsch&shy;land steht fest</h1>"));
        // the headline names the site ("caritas.de"): it is still the headline
        assertEquals("Eva Welskop-Deffaa zur neuen Caritas-Präsidentin gewählt", Titles.find(Jsoup.parse(
                "<title>Eva Welskop-Deffaa zur neuen Caritas-Präsidentin gewählt</title><h1>Eva Welskop-Deffaa zur neuen Caritas-Präsidentin gewählt</h1>"),
                new MetaTags(Jsoup.parse("")), null, "caritas.de", "www.caritas.de", null));
    }

    @Test
    void postDateOpeningTheHeadingIsNoPartOfIt() {
        // a blog template prints the post's date inside its h2 (befifty.de); og:title confirms the rest
        assertEquals("Das vielleicht schönste Ende der Welt: Montauk", title("<meta property=og:title content='Das vielleicht schönste Ende der Welt: Montauk'>"
                + "<title>BeFifty - Der Blog für Frauen über 40 und über 50</title>",
                "<h1>Wann, wenn nicht jetzt...</h1><h2 class=entry-title><time datetime=2019-06-17>Jun 17 </time>Das vielleicht schönste Ende der Welt: Montauk</h2>"));
        // a written date and a separator before the headline (biathlon-antholz.it), in og:title too
        assertEquals("Dorothea Wierer darf beim Antholz-Abschluss noch jubeln", title(
                "<meta property=og:title content='23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln - Biathlon Antholz'>",
                "<h1 class=t1><h2 class=headline>23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln</h2></h1>"));
        // a date inside the headline, or one the headline goes on from with a colon, stays
        assertEquals("Am 9. November 1989 fiel die Mauer", title("<title>Am 9. November 1989 fiel die Mauer | Chronik</title>",
                "<h1>Am 9. November 1989 fiel die Mauer</h1>"));
        assertEquals("9. November 1989: Die Nacht, in der die Mauer fiel", title("<title>9. November 1989: Die Nacht, in der die Mauer fiel</title>",
                "<html lang=de><h1>9. November 1989: Die Nacht, in der die Mauer fiel</h1>"));
    }

    @Test
    void shortOnlyH1WinsWhenTheDeclaredTitleNamesIt() {
        // von-der-see.de: the page's one h1 over the SEO title that names it
        assertEquals("Design", title("<title>Professionelles & Seriöses Design für Unternehmen | VON DER SEE</title>",
                "<h1>Design</h1><h2>Worauf kommt es beim Design an?</h2><p>Text</p>"));
        // a section label the declared title does not name stays out
        assertEquals("Professionelles Design für Unternehmen", title("<title>Professionelles Design für Unternehmen | Example</title>",
                "<h1>Service</h1><p>Text</p>"));
    }

    @Test
    void breadcrumbHeadingLosesATie() {
        // the trail's h1 is the <title> variant; og:title has the article h2 with its kicker (outdoor-magazin.com)
        assertEquals("Skandinavien im Wohnmobil erleben", title("<meta property=og:title content='Vanlife in Schweden: Skandinavien im Wohnmobil erleben'>"
                + "<title>Vanlife in Schweden - Skandinavien im Wohnmobil | outdoor-magazin.com</title>",
                "<div class=breadcrumb><a href=/>Startseite</a> <h1>Vanlife in Schweden - Skandinavien im Wohnmobil</h1></div>"
                        + "<h2><span class=subline>Vanlife in Schweden</span> <span class=headline>Skandinavien im Wohnmobil erleben</span></h2>"));
        // more declared titles confirm the trail's h1: it stays
        assertEquals("Hingucker beim Flugplatzfest in Dessau: Zweite F13", title("<meta property=og:title content='Hingucker beim Flugplatzfest: Zweite F13'>"
                + "<title>Hingucker beim Flugplatzfest in Dessau: Zweite F13 | MZ.de</title><script type=application/ld+json>"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Hingucker beim Flugplatzfest in Dessau: Zweite F13\"}</script>",
                "<ol class=breadcrumb><li><h1>Hingucker beim Flugplatzfest in Dessau: Zweite F13</h1></ol>"
                        + "<h2 class=article_headline><strong>Hingucker beim Flugplatzfest</strong>: Zweite F13</h2>"));
    }

    @Test
    void headingThatCompletesTheConfirmedOneWins() {
        // <title> and h1 are cut short; the h2 under them prints the headline in full (bos-fahrzeuge.info)
        assertEquals("Die Haubenfahrzeuge der Nachkriegszeit - Teil 49 – Büssing-NAG (Baujahre 1931 – 1945)", title(
                "<title>Die Haubenfahrzeuge der Nachkriegszeit - Teil 49 - BOS-Fahrzeuge - Einsatzfahrzeuge und Wachen weltweit</title>",
                "<div id=news><h1>Die Haubenfahrzeuge der Nachkriegszeit - Teil 49</h1><em class=date>Dienstag, 2. November 2021</em>"
                        + "<h2 class=h1>Die Haubenfahrzeuge der Nachkriegszeit - Teil 49 – Büssing-NAG (Baujahre 1931 – 1945)</h2></div>"
                        + "<h2>News</h2><h2>Die Haubenfahrzeuge der Nachkriegszeit - Teil 49</h2>"));
        // a styled stage headline prints the confirmed h1 in full (finanzcheck.de); not a link's title
        assertEquals("Leasing oder Finanzierung – was lohnt sich mehr?", title("<title>Leasing oder Finanzierung » Der große Vergleich | FINANZCHECK.de</title>",
                "<header><p class=stage-headline>Leasing oder Finanzierung – was lohnt sich mehr?</p><p class=stage-subline>Unterschiede</p></header>"
                        + "<h1>Leasing oder Finanzierung</h1><p>Text</p>"));
        assertEquals("Leasing oder Finanzierung", title("<title>Leasing oder Finanzierung » Der große Vergleich | FINANZCHECK.de</title>",
                "<h1>Leasing oder Finanzierung</h1><p>Text</p><a href=/r><span class=card-title>Leasing oder Finanzierung – der Rechner</span></a>"));
        // several sections start with the headline: it is their topic, the confirmed h1 stays (giromatch.com)
        assertEquals("1000 Euro Kredit", title("<title>1000 Euro Kredit » 1000 EUR sofort aufs Konto | GIROMATCH</title>",
                "<h1>1000 Euro Kredit</h1><h2>1000 Euro Kredit - Online & schnell</h2><h2>1000 Euro Kredit - Sofortzusage & Sofortauszahlung</h2>"));
    }

    @Test
    void labelHeadingsAndLogosAreNotHeadlines() {
        assertEquals("Podcasts in Plex einbinden", title("<title>Disfunctions » Blog Archiv » Podcasts in Plex einbinden</title>",
                "<h1><a href='https://example.org'>Disfunctions</a></h1><h2>Archiv</h2><h2>Podcasts in Plex einbinden</h2>"));
        assertEquals("Kommunalwahlen in Nordmazedonien", title("<meta property=og:title content='Kommunalwahlen in Nordmazedonien'><title>Stiftung - detail</title>",
                "<h1 class=hide-accessible>detail</h1><h1 class=o-page-headline>Kommunalwahlen in Nordmazedonien</h1>"));
    }

    @Test
    void declaredTitleCutToThePartThePagePrints() {
        // no heading; the page prints the title's first segment on its own, the channel label only as a link (youth.cn)
        assertEquals("海外留学生看两会：出国前后关注点大不同", title("<title>海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网</title>",
                "<a href='http://www.youth.cn'>中国青年网</a><div class=l_tit>海外留学生看两会：出国前后关注点大不同</div><p>正文</p>"));
        // a part printed only inside a link (a teaser, a menu) does not count
        assertEquals("Neue Brücke eröffnet - Stadtnachrichten", title("<title>Neue Brücke eröffnet - Stadtnachrichten</title>",
                "<ul><li><a href=/x>Neue Brücke eröffnet</a></ul><p>Text</p>"));
    }

    @Test
    void titleCleanerCutsLabelsAtEitherEnd() {
        assertEquals("Sequilho com Chocolate Amargo", TitleCleaner.clean("Sequilho com Chocolate Amargo | CyberCook", List.of(), "www.cybercook.com.br", null, Set.of()));
        assertEquals("Brothel busted in Boston", TitleCleaner.clean("Local News | Brothel busted in Boston", List.of(), "x.com", null, Set.of("localnews")));
        assertEquals("Was wir nicht hören wollen", TitleCleaner.clean("Was wir nicht hören wollen | FASSETTE.NET", List.of("FASSETTE.NET"), "x.io", null, Set.of()));
        assertEquals("Das schwulste Musikvideo der Welt", TitleCleaner.clean("Das schwulste Musikvideo der Welt : Krimiblog-Archiv | Ermittlungen | 6. Jahrgang", List.of(), "archiv.krimiblog.de", null, Set.of()));
    }

    private static String title(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://example.org/a/b");
        return new MetadataExtractor().extract(doc, "https://example.org/a/b").title;
    }
}
