package org.newsgeo.extract.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Real pages (see NOTICE): article sentences kept, boilerplate left out. */
class BodyExtractorTest {
    private final BodyExtractor extractor = new BodyExtractor();

    static Document page(String name, String url) throws IOException {
        try (InputStream in = new GZIPInputStream(BodyExtractorTest.class.getResourceAsStream("/extract/" + name))) {
            return Jsoup.parse(in, null, url);
        }
    }

    private String body(String name) throws IOException {
        return extractor.extract(page(name, "https://example.com/article"));
    }

    @Test
    void keepsNamesInsideHoverCardsButNotTheCards() throws IOException {
        String b = body("aeb-thehill.html.gz");
        assertTrue(b.startsWith("A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.),"), b);
        assertTrue(b.contains("Patrick Carlineo Jr., 55, could face up to 10 years in prison"));
        assertFalse(b.contains("Hillicon Valley"), "hover card of a linked name");
        assertFalse(b.contains("Most Popular"));
        assertFalse(b.contains("© Aaron Schwartz"), "photo credit");
    }

    @Test
    void keepsEmbeddedTweetsDropsCaptionAndMenus() throws IOException {
        String b = body("aeb-njcom.html.gz");
        assertTrue(b.startsWith("Remember New Jersey’s epic quest to find a state slogan?"), b);
        assertTrue(b.contains("on. meth. dot. com."), "text of an embedded tweet");
        assertFalse(b.contains("pictured at the White House turkey pardon"), "photo caption");
        assertFalse(b.contains("Email Newsletters"), "site menu");
    }

    @Test
    void choosesTheStoryWithTheHeadlineNotTheRelatedOnes() throws IOException {
        String b = body("aeb-mensagens.html.gz");
        assertTrue(b.startsWith("Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida."), b);
        assertTrue(b.contains("Só quem se ama pode encontrar em sua vida Um Amor de Verdade"));
        assertFalse(b.contains("Você pode gostar"), "'you may also like' block");
        assertFalse(b.contains("A vida requer da gente otimismo"), "teaser of another post");
    }

    @Test
    void chineseWithoutSpaces() throws IOException {
        String b = body("newspaper3k-chinese.html.gz");
        assertTrue(b.startsWith("香港行政长官梁振英在各方压力下就其大宅的违章建筑（僭建）问题到立法会接受质询，并向香港民众道歉。"), b);
        assertTrue(b.contains("民主党此前计划在星期三（11日）对梁振英提出不信任动议。"));
        assertFalse(b.contains("相关的链接"), "related links heading");
        assertFalse(b.contains("Share"));
    }

    @Test
    void paragraphsOnSeparateLinesAndCaptionsOut() throws IOException {
        String b = body("readability-nytimes-1.html.gz");
        String[] lines = b.split("\n");
        assertEquals("LONDON — After nearly 20 years of hostile relations, the American government plans to reverse"
                + " its position on Sudan and lift trade sanctions, Obama administration officials said late Thursday.", lines[0]);
        assertTrue(lines[1].startsWith("Sudan is one of the poorest, most isolated and most violent countries in Africa"));
        assertFalse(b.contains("United Nations peacekeepers at a refugee camp"), "photo caption");
        assertFalse(b.contains("Advertisement"));
        assertFalse(b.contains("Share This Page"));
    }

    @Test
    void emptyAndTrivialDocuments() {
        assertEquals("", extractor.extract(Jsoup.parse("")));
        assertEquals("Hello world.", extractor.extract(Jsoup.parse("<html><body><p>Hello world.</p></body></html>")));
    }

    @Test
    void rubyReadingsAreNotText() {
        String html = "<html><body><article><p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>"
                + "をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができました。</p></article></body></html>";
        assertEquals("子どもへの虐待をなくすための法律ができました。", extractor.extract(Jsoup.parse(html)));
    }

    @Test
    void linkListsAndEmptySectionHeadingsDropped() {
        String html = "<html><body><div class='story'><h2>Talks resume</h2>"
                + "<p>Negotiators from both countries met in Geneva on Monday, officials said, for a third round.</p>"
                + "<p>The talks, which broke down in May, are expected to last three days, according to diplomats.</p>"
                + "<h3>Related</h3><ul><li><a href='/a'>Earlier talks collapse</a></li><li><a href='/b'>Profile of the envoy</a></li></ul>"
                + "</div></body></html>";
        assertEquals("Talks resume\nNegotiators from both countries met in Geneva on Monday, officials said, for a third round.\n"
                + "The talks, which broke down in May, are expected to last three days, according to diplomats.",
                extractor.extract(Jsoup.parse(html)));
    }

    @Test
    void doesNotModifyTheDocument() throws IOException {
        Document d = page("aeb-njcom.html.gz", "https://example.com/");
        String before = d.html();
        extractor.extract(d);
        assertEquals(before, d.html());
    }
}
