package org.newsgeo.mentions;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * A field folded for matching (NFKC, case folding, diacritics removed for Latin/Cyrillic/Greek/Arabic/
 * Hebrew, apostrophes/dashes/spaces unified) plus the map from each folded char back to the original
 * string, so that matches are reported with the original offsets.
 *
 * <p>The fold of every BMP char is computed once per JVM into a table: matching then costs one array
 * read per char. Folding is applied to names and text alike, so lossy folds (й to и, ё to е) only
 * matter when two different words collide, which the suffix tables keep rare.
 */
public final class NormalizedText {
    private static final String[] FOLD = buildTable();
    // The fold of every char whose fold is exactly one char (most of them), else MANY: one array read
    // per char in the common case, with no String in sight.
    private static final char MANY = '\uFFFF';
    private static final char[] ONE = oneTable();
    // The ASCII part of ONE, and which ASCII chars are word chars: news text is mostly ASCII, and
    // these stay in the L1 cache while the full tables compete with the name trie for L2.
    private static final char[] ASCII_ONE = java.util.Arrays.copyOf(ONE, 128);
    private static final boolean[] ASCII_WORD = asciiWord();
    private static final ThreadLocal<char[]> SOURCE = ThreadLocal.withInitial(() -> new char[4096]);

    public final char[] chars;
    public final int length;
    // The map from folded index k to the original index of its source, startOf(k) = k + delta, kept as
    // runs of equal delta: run r starts at folded index runAt[r] with delta runDelta[r]. Only collapsed
    // white space and expanded or dropped chars start a run, so news text needs few (about one per
    // paragraph) instead of an int per char. Every folded char comes from one BMP char (a surrogate half
    // passes through alone), so its source ends at startOf(k) + 1.
    private final int[] runAt;
    private final int[] runDelta;
    private final int runs;
    private int lastRun;           // search hint: scans ask for ascending offsets
    private final int[] wordStarts;

    private NormalizedText(char[] chars, int length, int[] runAt, int[] runDelta, int runs, int[] wordStarts) {
        this.chars = chars;
        this.length = length;
        this.runAt = runAt;
        this.runDelta = runDelta;
        this.runs = runs;
        this.wordStarts = wordStarts;
    }

    public static NormalizedText of(String s) {
        int n = s.length();
        char[] out = new char[n + 16];
        int[] runAt = new int[16];
        int[] runDelta = new int[16];
        int runs = 1;                                   // run 0: from 0, delta 0
        int delta = 0;
        // One bulk copy of the source beats a bounds-checked charAt per char; the copy never escapes.
        char[] src = SOURCE.get();
        if (src.length < n) {
            src = new char[Math.max(n, src.length * 2)];
            if (n <= 1 << 22) SOURCE.set(src);          // keep at most 8 MB per thread
        }
        s.getChars(0, n, src, 0);
        int k = 0;
        // Word starts are found in the same pass: a word char after a non-word char, any char of a script
        // written without spaces or next to one, a Korean char after a char of another script.
        int[] starts = new int[Math.max(16, n / 4)];
        int ns = 0;
        boolean prevWord = false;
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = src[i];
            char f = c < 128 ? ASCII_ONE[c] : ONE[c];
            String m = null;                        // a fold that expands (ﬁ to fi) or vanishes (soft hyphen)
            int len = 1;
            if (f == MANY && c != MANY) {
                m = FOLD[c];
                len = m.length();
            }
            for (int j = 0; j < len; j++) {
                char x = m == null ? f : m.charAt(j);
                if (x == ' ' && k > 0 && out[k - 1] == ' ') continue;   // collapse runs of white space
                if (k >= out.length) out = grow(out);
                if (i - k != delta) {
                    if (runs == runAt.length) { runAt = grow(runAt); runDelta = grow(runDelta); }
                    delta = i - k;
                    runAt[runs] = k;
                    runDelta[runs++] = delta;
                }
                boolean word = x < 128 ? ASCII_WORD[x] : Scripts.isWord(x);
                if (word && (!prevWord || (x | prev) >= 0x0E00 && (Scripts.startsAnywhere(x) || Scripts.startsAnywhere(prev)
                        || Scripts.isUnspaced(x) && !Scripts.isUnspaced(prev)))) {
                    if (ns == starts.length) starts = grow(starts);
                    starts[ns++] = k;
                }
                prevWord = word;
                prev = x;
                out[k++] = x;
            }
        }
        return new NormalizedText(out, k, runAt, runDelta, runs, java.util.Arrays.copyOf(starts, ns));
    }

    // startOf(k) for 0 <= k < length
    private int startOf(int k) {
        int r = lastRun;
        if (runAt[r] > k) r = 0;
        // forward from the hint: scans move ahead a little at a time
        for (int steps = 0; r + 1 < runs && runAt[r + 1] <= k; steps++) {
            if (steps == 8) {
                r = lastRunAtOrBefore(k, r + 1);
                break;
            }
            r++;
        }
        lastRun = r;
        return k + runDelta[r];
    }

    private int lastRunAtOrBefore(int k, int lo) {
        int hi = runs - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (runAt[mid] <= k) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** Original offset of the folded char at index i. */
    public int originStart(int i) {
        return i < length ? startOf(i) : (length == 0 ? 0 : startOf(length - 1) + 1);
    }

    /** Original exclusive end offset of a folded span ending (exclusive) at index i. */
    public int originEnd(int i) {
        return i == 0 ? 0 : startOf(i - 1) + 1;
    }

    /**
     * Indexes of the folded chars where a word starts (after a non-word char, or at a boundary of a
     * script written without spaces), ascending; found while folding.
     */
    int[] wordStarts() {
        return wordStarts;
    }

    /** The folded form of a name, as the automaton stores it. */
    public static String fold(String s) {
        NormalizedText t = of(s.strip());
        return new String(t.chars, 0, t.length);
    }

    private static char[] grow(char[] a) { return java.util.Arrays.copyOf(a, a.length * 2); }

    private static int[] grow(int[] a) { return java.util.Arrays.copyOf(a, a.length * 2); }

    private static boolean[] asciiWord() {
        boolean[] a = new boolean[128];
        for (char c = 0; c < 128; c++) a[c] = Scripts.isWord(c);
        return a;
    }

    private static char[] oneTable() {
        char[] a = new char[65536];
        for (int c = 0; c < 65536; c++) {
            String f = FOLD[c];
            a[c] = f == null ? (char) c : f.length() == 1 ? f.charAt(0) : MANY;
        }
        return a;
    }

    private static String[] buildTable() {
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        String[] t = new String[65536];
        for (int c = 0; c < 65536; c++) {
            if (c >= 0xD800 && c <= 0xDFFF) continue;          // surrogate halves pass through
            String f = foldOne((char) c, nfkd, nfkc);
            if (!(f.length() == 1 && f.charAt(0) == c)) t[c] = f;
        }
        return t;
    }

    private static String foldOne(char c, Normalizer2 nfkd, Normalizer2 nfkc) {
        switch (c) {
            case '\u2019': case '\u2018': case '\u02BC': case '\u0060': case '\u00B4': case '\u2032':
                return "'";
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2212':
                return "-";
            case '\u00AD': case '\u0640': case '\u200B': case '\uFEFF':   // soft hyphen, tatweel, zero widths
                return "";
            case '\u0649': case '\u064A':                                // Arabic/Persian yeh forms
                return "\u06CC";
            case '\u0643':                                               // Arabic kaf -> Persian keheh
                return "\u06A9";
            default:
        }
        if (c == '\t' || c == '\n' || c == '\r' || Character.isSpaceChar(c)) return " ";
        String s = String.valueOf(c);
        int script = UScript.getScript(c);
        boolean strip = script == UScript.LATIN || script == UScript.CYRILLIC || script == UScript.GREEK
                || script == UScript.ARABIC || script == UScript.HEBREW
                || (script == UScript.INHERITED && c < 0x0900);           // lone combining marks
        if (strip) {
            String d = nfkd.normalize(s);
            StringBuilder b = new StringBuilder(d.length());
            for (int i = 0; i < d.length(); i++) {
                char x = d.charAt(i);
                if (UCharacter.getType(x) != UCharacter.NON_SPACING_MARK) b.append(x);
            }
            return unifyArabic(UCharacter.foldCase(b.toString(), true));
        }
        return UCharacter.foldCase(nfkc.normalize(s), true);
    }

    // Arabic and Persian spell yeh and kaf with different code points; news text mixes them.
    private static String unifyArabic(String s) {
        return s.replace('\u0649', '\u06CC').replace('\u064A', '\u06CC').replace('\u0643', '\u06A9');
    }
}
