package org.newsgeo.mentions;

import java.util.Locale;

/** The words right next to a span of a field, as disambiguation rules look at them. */
final class Neighbours {
    private Neighbours() {
    }

    /** The word just before start when only one space separates them, else null. */
    static String prevAdjacent(String s, int start) {
        int i = start - 1;
        if (i < 1 || s.charAt(i) != ' ') return null;
        int e = i;
        int b = e;
        while (b > 0 && isWordy(s.charAt(b - 1))) b--;
        return b < e ? s.substring(b, e) : null;
    }

    /** Does the word ending right before start (one space between) begin a sentence? */
    static boolean prevStartsSentence(String s, int start, String prev) {
        int i = start - 1 - prev.length() - 1;
        while (i >= 0 && (s.charAt(i) == '"' || s.charAt(i) == '\u201C' || s.charAt(i) == '(')) i--;
        while (i >= 0 && s.charAt(i) == ' ') i--;
        return i < 0 || ".!?:\n\u3002".indexOf(s.charAt(i)) >= 0;
    }

    /** The word ending exactly at end, or null. */
    static String wordBefore(String s, int end) {
        int b = end;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) b--;
        return b < end ? s.substring(b, end) : null;
    }

    /** The word just after end when only one space separates them, else null. */
    static String nextAdjacent(String s, int end) {
        if (end + 1 >= s.length() || s.charAt(end) != ' ') return null;
        int b = end + 1;
        int e = b;
        while (e < s.length() && isWordy(s.charAt(e))) e++;
        return e > b ? s.substring(b, e) : null;
    }

    /** Up to n chars before start, lower-cased. */
    static String before(String s, int start, int n) {
        return s.substring(Math.max(0, start - n), start).toLowerCase(Locale.ROOT);
    }

    /** Up to n chars after end, lower-cased. */
    static String after(String s, int end, int n) {
        return s.substring(end, Math.min(s.length(), end + n)).toLowerCase(Locale.ROOT);
    }

    /** A Headline Written In Title Case, where capitals say nothing about names. */
    static boolean titleCase(String s) {
        int words = 0;
        int caps = 0;
        for (String w : s.split("\\s+")) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) caps++;
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    static boolean capitalised(String w) {
        return w != null && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean isWordy(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '’' || c == '-';
    }
}
