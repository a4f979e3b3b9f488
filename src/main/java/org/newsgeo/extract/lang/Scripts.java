package org.newsgeo.extract.lang;

import java.util.EnumMap;
import java.util.Map;

/**
 * The writing system of a text sample. Many scripts are written by one major language, so the script
 * alone names it (Hangul → Korean, Thai, Greek, Hebrew...); Chinese and Japanese are told apart by kana.
 */
final class Scripts {
    private static final Map<Character.UnicodeScript, String> SOLE_LANGUAGE = new EnumMap<>(Map.ofEntries(
            Map.entry(Character.UnicodeScript.HANGUL, "ko"), Map.entry(Character.UnicodeScript.THAI, "th"),
            Map.entry(Character.UnicodeScript.GREEK, "el"), Map.entry(Character.UnicodeScript.HEBREW, "he"),
            Map.entry(Character.UnicodeScript.ARMENIAN, "hy"), Map.entry(Character.UnicodeScript.GEORGIAN, "ka"),
            Map.entry(Character.UnicodeScript.BENGALI, "bn"), Map.entry(Character.UnicodeScript.GUJARATI, "gu"),
            Map.entry(Character.UnicodeScript.GURMUKHI, "pa"), Map.entry(Character.UnicodeScript.TAMIL, "ta"),
            Map.entry(Character.UnicodeScript.TELUGU, "te"), Map.entry(Character.UnicodeScript.KANNADA, "kn"),
            Map.entry(Character.UnicodeScript.MALAYALAM, "ml"), Map.entry(Character.UnicodeScript.SINHALA, "si"),
            Map.entry(Character.UnicodeScript.KHMER, "km"), Map.entry(Character.UnicodeScript.LAO, "lo"),
            Map.entry(Character.UnicodeScript.MYANMAR, "my"), Map.entry(Character.UnicodeScript.ETHIOPIC, "am")));

    private Scripts() {
    }

    /** The script of most letters in the sample (kana count as Han, so Japanese text is one script). */
    static Character.UnicodeScript dominant(String sample) {
        int[] counts = new int[Character.UnicodeScript.values().length];
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) continue;
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                s = Character.UnicodeScript.HAN;
            }
            counts[s.ordinal()]++;
        }
        int best = 0;
        for (int k = 1; k < counts.length; k++) if (counts[k] > counts[best]) best = k;
        return Character.UnicodeScript.values()[best];
    }

    /** The language a script names by itself, or null when several languages share it. */
    static String language(Character.UnicodeScript script, String sample) {
        if (script == Character.UnicodeScript.HAN) return hasKana(sample) ? "ja" : "zh";
        return SOLE_LANGUAGE.get(script);
    }

    private static boolean hasKana(String sample) {
        for (int i = 0; i < sample.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(sample.charAt(i));
            if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) return true;
        }
        return false;
    }
}
