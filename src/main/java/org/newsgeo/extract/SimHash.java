package org.newsgeo.extract;

/**
 * A 64-bit SimHash of a text's word 3-grams (Charikar 2002): near-identical texts — the same wire story with
 * other boilerplate, a corrected typo — differ in a few bits, so copies can be found by Hamming distance.
 * Characters of scripts without spaces count as words of their own.
 */
public final class SimHash {
    /**
     * Copies differ in at most this many bits. Measured on a 230-word news story: a 12-word share/follow
     * footer moves 7 bits, a typo 0-2; half of the story 16; an unrelated text about 32.
     */
    public static final int NEAR = 8;

    private SimHash() {
    }

    public static long of(String text) {
        int[] votes = new int[64];
        long w0 = 0;
        long w1 = 0;
        int words = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            long h = 0xcbf29ce484222325L;
            if (isIdeographic(c)) {
                h = mix(h, Character.toLowerCase(c));
                i += Character.charCount(c);
            } else {
                while (i < n) {
                    int d = text.codePointAt(i);
                    if (!Character.isLetterOrDigit(d) || isIdeographic(d)) break;
                    h = mix(h, Character.toLowerCase(d));
                    i += Character.charCount(d);
                }
            }
            words++;
            if (words >= 3) vote(votes, finish(w0 * 31 + w1 * 17 + h));
            w0 = w1;
            w1 = h;
        }
        if (words > 0 && words < 3) vote(votes, finish(w0 * 31 + w1));
        long out = 0;
        for (int b = 0; b < 64; b++) if (votes[b] > 0) out |= 1L << b;
        return out;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static void vote(int[] votes, long h) {
        for (int b = 0; b < 64; b++) votes[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
    }

    private static long mix(long h, int c) {
        return (h ^ c) * 0x100000001b3L;
    }

    /** SplitMix64 finaliser: spreads shingle hashes over all 64 bits. */
    private static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static boolean isIdeographic(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }
}
