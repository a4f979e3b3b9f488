package org.newsgeo.mentions;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

/**
 * Word-boundary facts per char, precomputed for the BMP. Scripts written without spaces (Han, kana,
 * Thai, Lao, Khmer, Myanmar) have no word boundaries a matcher can see, so names there may start and
 * end anywhere. Korean writes spaces but attaches its particles to the end of the noun (한국은, 한국의):
 * a Korean name may end inside a word but must start one (니스, Nice, is not the end of 비즈니스).
 */
final class Scripts {
    private static final byte WORD = 1;
    private static final byte UNSPACED = 2;
    private static final byte UPPER = 4;
    private static final byte LOWER = 8;
    private static final byte ANYWHERE = 16;
    private static final byte[] FLAGS = build();

    private Scripts() {
    }

    /** A letter, digit or combining mark: something that continues a word. */
    static boolean isWord(char c) {
        return (FLAGS[c] & WORD) != 0;
    }

    static boolean isUnspaced(char c) {
        return (FLAGS[c] & UNSPACED) != 0;
    }

    /** May a name start inside a word of this char's script (not Korean: see above)? */
    static boolean startsAnywhere(char c) {
        return (FLAGS[c] & ANYWHERE) != 0;
    }

    static boolean isUpper(char c) {
        return (FLAGS[c] & UPPER) != 0;
    }

    static boolean isLower(char c) {
        return (FLAGS[c] & LOWER) != 0;
    }

    private static byte[] build() {
        byte[] f = new byte[65536];
        for (int c = 0; c < 65536; c++) {
            byte b = 0;
            int type = UCharacter.getType(c);
            if (Character.isLetterOrDigit(c) || type == UCharacter.NON_SPACING_MARK
                    || type == UCharacter.COMBINING_SPACING_MARK) b |= WORD;
            // Surrogates (emoji, flags, rare Han) are not word chars: "🇺🇸US" still starts a word.
            int script = UScript.getScript(c);
            if (script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                    || script == UScript.THAI || script == UScript.LAO || script == UScript.KHMER
                    || script == UScript.MYANMAR || script == UScript.HANGUL || c == 0x30FC) b |= UNSPACED;
            if ((b & UNSPACED) != 0 && script != UScript.HANGUL) b |= ANYWHERE;
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) b |= UPPER;
            if (Character.isLowerCase(c)) b |= LOWER;
            f[c] = b;
        }
        return f;
    }
}
