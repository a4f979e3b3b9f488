package org.newsgeo.extract.body;

/**
 * Character-level measures that work without word boundaries. Chinese and Japanese pack about
 * three times as much text per character as alphabetic scripts, so their characters weigh 3:
 * a 40-character Chinese paragraph then scores like a 120-character English one.
 */
final class Chars {
    private Chars() {}

    /** Weight of one code point in "text amount": 0 for whitespace, 3 for Han/Kana, else 1. */
    static int weight(int cp) {
        if (Character.isWhitespace(cp) || cp == 0xA0 || cp == 0x200B) return 0;
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA ? 3 : 1;
    }

    /** Weighted amount of text in s. */
    static int amount(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) { if (c > ' ') n++; continue; } // fast path for ASCII
            int cp = Character.codePointAt(s, i);
            if (Character.isSupplementaryCodePoint(cp)) i++;
            n += weight(cp);
        }
        return n;
    }

    /** Commas in any script: a readability-style signal of running prose. */
    static int commas(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C' || c == '\u061B') n++;
        }
        return n;
    }

    /** Whether the text ends like a sentence (Latin, CJK, Arabic, Devanagari full stops). */
    static boolean endsSentence(CharSequence s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\u201D' || c == '\u00BB' || c == ')') continue;
            return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F'
                    || c == '\u061F' || c == '\u0964' || c == '\u2026';
        }
        return false;
    }
}
