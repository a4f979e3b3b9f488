package org.newsgeo.mentions;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-word answers (used when an article asks about a few words) must be exactly those of the
 * whole-article scan (used when it asks about many), on real article text.
 */
class WordFactsTest {
    @Test
    void perWordAnswersEqualTheScanOnRealText() throws IOException {
        int speakers = 0;
        int afterGiven = 0;
        for (String text : new String[] {pageText("extract/meta/latimes.com.bloomberg.html.gz"), seedText()}) {
            WordFacts scan = new WordFacts(PlaceResolver.GIVEN, text);
            for (String w : capitalisedTokens(text)) {
                assertEquals(scan.speakers.contains(w), WordFacts.isSpeaker(text, w), "speaker " + w);
                assertEquals(scan.afterGivenName.contains(w), WordFacts.afterGivenName(text, w, PlaceResolver.GIVEN), "after " + w);
            }
            speakers += scan.speakers.size();
            afterGiven += scan.afterGivenName.size();
        }
        assertTrue(speakers > 0 && afterGiven > 5, speakers + " speakers, " + afterGiven + " after given names");
    }

    @Test
    void speakerPatterns() {
        String t = "Nelson says the port is closed. \"It is over,\" said Allen. Reading  said nothing. Florence Pugh came.";
        assertTrue(WordFacts.isSpeaker(t, "Nelson"));
        assertTrue(WordFacts.isSpeaker(t, "Allen"));
        assertEquals(false, WordFacts.isSpeaker(t, "Reading"));       // two spaces: not adjacent
        assertTrue(WordFacts.afterGivenName(t, "Pugh", PlaceResolver.GIVEN));
        assertEquals(false, WordFacts.afterGivenName(t, "Florence", PlaceResolver.GIVEN));
    }

    private static Set<String> capitalisedTokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.split("[^\\p{L}\\p{Mn}]+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) out.add(w);
        return out;
    }

    private static String pageText(String resource) throws IOException {
        try (InputStream in = new GZIPInputStream(WordFactsTest.class.getClassLoader().getResourceAsStream(resource))) {
            return Jsoup.parse(in, null, "http://example.org/").body().wholeText();
        }
    }

    private static String seedText() throws IOException {
        try (InputStream in = WordFactsTest.class.getClassLoader().getResourceAsStream("seed/000_f4c58d0a6c39779f.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
