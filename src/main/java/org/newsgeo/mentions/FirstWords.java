package org.newsgeo.mentions;

import java.util.HashSet;
import java.util.Set;

/**
 * Which words of a spaced script may begin a name of a {@link NameTrie}: Bloom filters over how keys
 * begin. Most words start some key's first three letters ("the", "and", "new", "sai"), so a prefix
 * filter sends a quarter of a text's words into the trie, whose steps miss the CPU cache. Here a word
 * passes only when a key is that whole word, a key continues after it with the same separator and
 * next letter ("the a" of "the Abode of Peace" lets "the" followed by other words through no more),
 * or a key that takes case endings is the word minus an ending (Rossii, Russians). A false positive
 * costs a trie walk, nothing more; there are no false negatives.
 */
final class FirstWords {
    private static final int MAX_WORD = 48;       // longer words are not filtered (walked as before)
    private static final int MAX_ENDING = 6;      // see NameIndex.wordEnd: case endings are shorter
    private Set<Long> ends = new HashSet<>();     // keys that end with their first word (or one char later)
    private Set<Long> stems = new HashSet<>();    // single-word keys that may run on into an ending
    private Set<Long> goesOn = new HashSet<>();   // first word + separator + next char of longer keys
    private final Bits endBits = new Bits();
    private final Bits stemBits = new Bits();
    private final Bits goesOnBits = new Bits();

    /** Registers a folded key; inflects: the key may be followed by a case ending in the same word. */
    void add(String key, boolean inflects) {
        int end = 0;
        long h = 0;
        while (end < key.length() && spacedWord(key.charAt(end))) h = next(h, key.charAt(end++));
        if (end == 0) return;                      // starts in an unspaced script or with a symbol: not filtered
        if (end + 2 <= key.length()) {
            goesOn.add(next(next(h, key.charAt(end)), key.charAt(end + 1)));
        } else {
            ends.add(h);
            if (inflects && end == key.length()) stems.add(h);
        }
    }

    void freeze() {
        endBits.fill(ends);
        stemBits.fill(stems);
        goesOnBits.fill(goesOn);
        ends = null;
        stems = null;
        goesOn = null;
    }

    /**
     * Can a key start at folded index i of c, whose char is a spaced-script word char? True also for
     * words too long to hash. Thread-safe: no state but the frozen bits.
     */
    boolean mayStart(char[] c, int n, int i) {
        int end = i;
        while (end < n && spacedWord(c[end])) {
            if (++end - i > MAX_WORD) return true;
        }
        int len = end - i;
        long h = 0;
        for (int k = i; k < end; k++) {
            h = next(h, c[k]);
            int prefix = k + 1 - i;
            // the word minus a case ending: a stem or a single-word name that inflects
            if (prefix < len && prefix >= 2 && len - prefix <= MAX_ENDING && stemBits.contains(h)) return true;
        }
        if (endBits.contains(h)) return true;
        return end + 1 < n && goesOnBits.contains(next(next(h, c[end]), c[end + 1]));
    }

    static boolean spacedWord(char ch) {
        return Scripts.isWord(ch) && !Scripts.isUnspaced(ch);
    }

    private static long next(long h, char ch) {
        return (h + ch) * 0x9E3779B97F4A7C15L;
    }

    /** A Bloom filter with two probes and at least 16 bits per entry: about 1.4% false positives. */
    private static final class Bits {
        private long[] bits = new long[1];
        private int shift = 58;

        void fill(Set<Long> keys) {
            int b = 6;
            while ((1L << b) < 16L * keys.size() && b < 30) b++;
            shift = 64 - b;
            bits = new long[1 << (b - 6)];
            for (long h : keys) {
                set(h >>> shift);
                set((h * 0xC2B2AE3D27D4EB4FL) >>> shift);
            }
        }

        private void set(long x) {
            bits[(int) (x >>> 6)] |= 1L << x;
        }

        boolean contains(long h) {
            long a = h >>> shift;
            long b = (h * 0xC2B2AE3D27D4EB4FL) >>> shift;
            return (bits[(int) (a >>> 6)] & (1L << a)) != 0 && (bits[(int) (b >>> 6)] & (1L << b)) != 0;
        }
    }
}
