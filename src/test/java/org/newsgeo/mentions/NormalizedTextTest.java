package org.newsgeo.mentions;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Folding and the map back to original offsets, across the cases that shift it. */
class NormalizedTextTest {
    private static String folded(NormalizedText t) {
        return new String(t.chars, 0, t.length);
    }

    @Test
    void foldsCaseDiacriticsAndSpaces() {
        assertEquals("cote d'ivoire", NormalizedText.fold("Côte d’Ivoire"));
        assertEquals("россия", NormalizedText.fold("РОССИЯ"));
        assertEquals("new york", NormalizedText.fold("New \n\t York"));
    }

    @Test
    void offsetsSurviveCollapsedSpaceDroppedAndExpandedChars() {
        // collapsed white space, a soft hyphen (dropped) and the ligature ﬁ (two folded chars)
        String s = "A  Ger\u00ADmany  ﬁne Iran";
        NormalizedText t = NormalizedText.of(s);
        assertEquals("a germany fine iran", folded(t));
        int g = folded(t).indexOf("germany");
        assertEquals("Ger\u00ADmany", s.substring(t.originStart(g), t.originEnd(g + "germany".length())));
        int f = folded(t).indexOf("fine");
        assertEquals("ﬁne", s.substring(t.originStart(f), t.originEnd(f + 4)));
        assertEquals(s.indexOf('ﬁ'), t.originStart(f + 1));       // both halves of the ligature map to it
        int i = folded(t).indexOf("iran");
        assertEquals("Iran", s.substring(t.originStart(i), t.originEnd(i + 4)));
        assertEquals(s.length(), t.originStart(t.length));
        // asked out of order, as rules do after a scan
        assertEquals(0, t.originStart(0));
        assertEquals(s.indexOf("Iran"), t.originStart(i));
    }

    @Test
    void wordStartsIncludeEveryCharOfUnspacedScripts() {
        NormalizedText t = NormalizedText.of("in 中国 and Korea's");
        // i, 中, 国, a, K, s (after the apostrophe)
        assertArrayEquals(new int[] {0, 3, 4, 6, 10, 16}, t.wordStarts());
    }
}
