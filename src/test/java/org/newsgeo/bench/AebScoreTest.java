package org.newsgeo.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The metric port against values worked out by hand from shared/checks/lib/aebscore.py. */
class AebScoreTest {
    @Test
    void tokensArePythonWordRuns() {
        assertEquals(List.of("Hello", "wörld_1", "中文字", "x2"), AebScore.tokens("Hello, wörld_1 — 中文字 (x2)."));
        assertEquals(List.of("क", "ष"), AebScore.tokens("क्ष"), "combining marks are not \\w in Python");
    }

    @Test
    void shinglesAndShortTexts() {
        assertEquals(2, AebScore.shingles("a b c d e").size());
        assertEquals(1, AebScore.shingles("a b").size(), "fewer than 4 tokens: one shorter shingle");
        assertEquals(0, AebScore.shingles("").size());
    }

    @Test
    void perDocumentCounts() {
        // truth shingles: abcd bcde; prediction: abcd bcdf -> tp 1, fp 1, fn 1, normalised by 3
        double[] d = AebScore.tpFpFn("a b c d e", "a b c d f");
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, d, 1e-12);
        assertEquals(0.5, AebScore.precision(d), 1e-12);
        assertArrayEquals(new double[] {0, 0, 1}, AebScore.tpFpFn("a b c d", ""), 1e-12);
    }

    @Test
    void emptyPredictionCountsOnlyAgainstRecall() {
        double[] m = AebScore.score(List.of("a b c d e", "a b c d"), List.of("a b c d e", ""));
        assertEquals(1.0, m[1], 1e-12); // precision: the empty prediction is not averaged
        assertEquals(0.5, m[2], 1e-12);
        assertEquals(0.5, m[3], 1e-12);
    }
}
