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
    private static final char[] ASCII = asciiTable();   // 0 where the fold is not one char (or is a space)

    public final char[] chars;
    public final int length;
    private final int[] startOf;   // original index where the source of folded char i starts
    private final int[] endOf;     // original index where it ends (exclusive)

    private NormalizedText(char[] chars, int length, int[] startOf, int[] endOf) {
        this.chars = chars;
        this.length = length;
        this.startOf = startOf;
        this.endOf = endOf;
    }

    public static NormalizedText of(String s) {
        int n = s.length();
        char[] out = new char[n + 16];
        int[] st = new int[n + 16];
        int[] en = new int[n + 16];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128 && c != ' ' && ASCII[c] != 0) {       // the common case, without a table of strings
                if (k + 1 >= out.length) { out = grow(out); st = grow(st); en = grow(en); }
                out[k] = ASCII[c]; st[k] = i; en[k] = i + 1; k++;
                continue;
            }
            String f = FOLD[c];
            if (f == null) {                       // identity: ASCII lower case, digits, CJK, surrogates...
                if (c == ' ' && k > 0 && out[k - 1] == ' ') continue;
                if (k + 1 >= out.length) { out = grow(out); st = grow(st); en = grow(en); }
                out[k] = c; st[k] = i; en[k] = i + 1; k++;
                continue;
            }
            if (f.equals(" ") && k > 0 && out[k - 1] == ' ') continue;   // collapse runs of white space
            for (int j = 0; j < f.length(); j++) {
                if (k + 1 >= out.length) { out = grow(out); st = grow(st); en = grow(en); }
                out[k] = f.charAt(j); st[k] = i; en[k] = i + 1; k++;
            }
        }
        return new NormalizedText(out, k, st, en);
    }

    /** The folded form of a name, as the automaton stores it. */
    public static String fold(String s) {
        NormalizedText t = of(s.strip());
        return new String(t.chars, 0, t.length);
    }

    /** Original offset of the folded char at index i. */
    public int originStart(int i) {
        return i < length ? startOf[i] : (length == 0 ? 0 : endOf[length - 1]);
    }

    /** Original exclusive end offset of a folded span ending (exclusive) at index i. */
    public int originEnd(int i) {
        return i == 0 ? 0 : endOf[i - 1];
    }

    private static char[] grow(char[] a) { return java.util.Arrays.copyOf(a, a.length * 2); }

    private static int[] grow(int[] a) { return java.util.Arrays.copyOf(a, a.length * 2); }

    private static char[] asciiTable() {
        char[] a = new char[128];
        for (char c = 0; c < 128; c++) {
            String f = FOLD[c] == null ? String.valueOf(c) : FOLD[c];
            if (f.length() == 1 && f.charAt(0) != ' ') a[c] = f.charAt(0);
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
