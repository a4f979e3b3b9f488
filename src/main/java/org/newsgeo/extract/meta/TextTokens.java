package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a short text into number and word tokens, remembering the characters between them.
 * Unicode digits (Arabic-Indic, Devanagari, full-width...) become ASCII values; CJK ideographs
 * are single-character words so "2023年2月25日" reads as 2023 年 2 月 25 日.
 */
final class TextTokens {
    enum Kind { NUM, WORD }

    record Token(Kind kind, String text, int value, int start, int end) {
    }

    private TextTokens() {
    }

    static List<Token> of(String s) {
        List<Token> out = new ArrayList<>();
        for (Token t = next(s, 0); t != null; t = next(s, t.end())) out.add(t);
        return out;
    }

    /** The first token at or after char offset {@code i}, or null. */
    static Token next(String s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                int start = i;
                long v = 0;
                while (i < n && Character.isDigit(s.charAt(i))) {
                    v = Math.min(v * 10 + Character.digit(s.charAt(i), 10), 1_000_000_000L);
                    i++;
                }
                return new Token(Kind.NUM, s.substring(start, i), (int) v, start, i);
            } else if (isIdeograph(c)) {
                return new Token(Kind.WORD, String.valueOf(c), 0, i, i + 1);
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < n && (Character.isLetter(s.charAt(i)) || isMark(s.charAt(i))) && !isIdeograph(s.charAt(i))) i++;
                return new Token(Kind.WORD, s.substring(start, i), 0, start, i);
            } else {
                i++;
            }
        }
        return null;
    }

    static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    static boolean isIdeograph(char c) {
        // No ideograph or Hangul letter comes before the Hangul Jamo (U+1100): Latin, Cyrillic,
        // Greek, Arabic... text is told apart without looking up its script.
        if (c < '\u1100') return false;
        return Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }
}
