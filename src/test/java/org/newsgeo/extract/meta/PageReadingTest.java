package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts that make reading a page cheaper give what they stand for, on every fixture page:
 * selects over the listed elements, text normalised in runs, the visible text in one pass, the
 * opening date of a heading from its first token.
 */
class PageReadingTest {
    private static final String[] QUERIES = {"h1, h2", "h1", "a[href]", "meta", "time[datetime]", "title", "figcaption",
        "script[type~=(?i)application/ld\\+json]", "[class~=(?i)date|time|byline], [id~=(?i)date|byline]"};

    private static List<Document> pages() throws IOException, URISyntaxException {
        Path dir = Path.of(PageReadingTest.class.getResource("/extract/meta/").toURI());
        List<Document> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
                out.add(MetadataExtractorTest.page(p.getFileName().toString(), "https://example.org/"));
            }
        }
        assertTrue(out.size() > 20, "fixture pages found");
        return out;
    }

    @Test
    void listedElementsAnswerAsJsoupSelects() throws Exception {
        for (Document doc : pages()) {
            PageElements.reading(doc, () -> {
                assertEquals(doc.getAllElements(), PageElements.all(doc));
                assertEquals(doc.body().getAllElements(), PageElements.inBody(doc));
                for (String q : QUERIES) {
                    var query = PageElements.query(q);
                    assertEquals(doc.select(q), PageElements.select(doc, query, e -> true), q);
                    assertEquals(doc.selectFirst(q), PageElements.selectFirst(doc, query, e -> true), q);
                }
                assertEquals(doc.select("h1, h2"), PageElements.select(doc, PageElements.query("h1, h2"), PageElements.named("h1", "h2")));
                assertEquals(doc.select(DateFinder.MARKED_TIMES), PageElements.select(doc, DateFinder.MARKED_TIMES, DateFinder::mayMarkTime));
                return null;
            });
        }
    }

    @Test
    void textNormalisedInRunsAsJsoupDoes() throws Exception {
        List<String> texts = new ArrayList<>(List.of("", " ", "a", " \u00a0a\u200b \u00adb\t\n\u000Bc \r\f", "\u200b \u200b x \u00ad", "\uD83D\uDE00 \uD800 y  "));
        for (Document doc : pages()) {
            NodeTraversor.traverse((n, depth) -> {
                if (n instanceof TextNode t) texts.add(t.getWholeText());
            }, doc);
        }
        for (String s : texts) {
            for (boolean strip : new boolean[] {false, true}) {
                for (String before : new String[] {"", "x", "x "}) {
                    StringBuilder jsoup = new StringBuilder(before);
                    StringUtil.appendNormalisedWhitespace(jsoup, s, strip);
                    StringBuilder runs = new StringBuilder(before);
                    NormalisedText.append(runs, s, strip);
                    assertEquals(jsoup.toString(), runs.toString());
                }
            }
        }
    }

    /** What Hidden.visibleText replaces: each visible text node's text() and a space, white space collapsed. */
    private static String visibleTextAsBefore(Element root) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element e && Hidden.is(e)) return FilterResult.SKIP_ENTIRELY;
                if (node instanceof TextNode t) b.append(t.text()).append(' ');
                return FilterResult.CONTINUE;
            }
        }, root);
        return b.toString().replaceAll("\\s+", " ");
    }

    @Test
    void visibleTextAsTextNodesReadItCollapsed() throws Exception {
        for (Document doc : pages()) assertEquals(visibleTextAsBefore(doc.body()), Hidden.visibleText(doc.body()), doc.location());
    }

    @Test
    void publicationLabelsFoundAtWordStartsAsFindFindsThem() throws Exception {
        List<String> texts = new ArrayList<>(List.of("ſtand: PUBLİSHED Publiſhed ОПУБЛИКОВАНО xposted (Stand: 1.2.2023) Stand: \uD835\uDC00posted"));
        for (Document doc : pages()) texts.add(LeadText.of(doc.body(), 20_000));
        int found = 0;
        for (String t : texts) {
            java.util.regex.Matcher m = DateLabels.PUBLISHED.matcher(t);
            java.util.regex.MatchResult r = DateLabels.published(t, 0);
            for (; m.find(); r = DateLabels.published(t, r.end()), found++) {
                assertTrue(r != null && r.start() == m.start() && r.end() == m.end(), t);
            }
            assertNull(r);
        }
        assertTrue(found > 10, "labels found: " + found);
    }

    @Test
    void homeLinksAsTheirPatternTellsThem() throws Exception {
        List<String> hrefs = new ArrayList<>(List.of("/", "http:", "https:index.php", "INDEX.HTM", "//example.org", "a/b/",
                "https://web.archive.org/web/2019/http://example.org", "https://example.org/article-name", "index"));
        for (Document doc : pages()) for (Element a : doc.select("a[href]")) hrefs.add(a.attr("href").trim());
        for (String h : hrefs) assertEquals(!h.isEmpty() && HeadingText.HOME.matcher(h).matches(), HeadingText.isHomeLink(h), h);
    }

    @Test
    void openingDateAsTheFirstDateAtTheStart() throws Exception {
        TextDates de = TextDates.forLanguage("de");
        assertEquals(de.find("23.01.2022 - Dorothea Wierer", 0), de.opening("23.01.2022 - Dorothea Wierer"));
        assertEquals(de.find("Januar 23, 2022 Wierer", 0), de.opening("Januar 23, 2022 Wierer"));
        assertNull(de.opening("Wierer am 23.01.2022"));
        for (Document doc : pages()) {
            TextDates dates = TextDates.forPage(doc);
            for (Element h : doc.select("h1, h2, h3, time, [class~=date]")) {
                String t = h.text();
                TextDates.Found f = dates.find(t, 0);
                assertEquals(f != null && f.start() == 0 ? f : null, dates.opening(t), t);
            }
        }
    }
}
