package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LeadTextTest {

    /** What LeadText replaces: copy the body, drop comment blocks, read text(), cut. */
    private static String copyAndRead(Element body, int limit) {
        Element copy = body.clone();
        copy.select("[class~=(?i)comment], [id~=(?i)comment]").remove();
        String text = copy.text();
        return text.length() > limit ? text.substring(0, limit) : text;
    }

    @Test
    void sameTextAsJsoupWithoutCommentsOnEveryFixturePage() throws IOException, URISyntaxException {
        Path dir = Path.of(LeadTextTest.class.getResource("/extract/meta/").toURI());
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        assertTrue(pages.size() > 20, "fixture pages found");
        int withComments = 0;
        for (Path p : pages) {
            Element body = MetadataExtractorTest.page(p.getFileName().toString(), "https://example.org/").body();
            if (!body.select("[class~=(?i)comment], [id~=(?i)comment]").isEmpty()) withComments++;
            // Both the cut (text runs on past the limit) and the whole text (limit above its length).
            for (int limit : new int[] {2_000, 20_000, 10_000_000}) {
                assertEquals(copyAndRead(body, limit), LeadText.of(body, limit), p.getFileName() + " limit " + limit);
            }
        }
        assertTrue(withComments > 5, "some fixture pages have comment blocks: " + withComments);
    }

    @Test
    void commentBlocksAndTheirTextAreLeftOut() {
        Document doc = Jsoup.parse("<body><p>Posted 3 May 2023</p><div id=comments><p>Reply of 9 May 2023</p></div>"
                + "<table><tr><td>a</td><td>b</td></tr></table><p>x<br>y</p><pre>  kept   as is </pre></body>");
        String text = LeadText.of(doc.body(), 1000);
        assertFalse(text.contains("Reply"), text);
        assertEquals("Posted 3 May 2023 a b x y   kept   as is", text);
        assertEquals("Posted 3", LeadText.of(doc.body(), 8));
    }
}
