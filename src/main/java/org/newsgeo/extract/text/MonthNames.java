package org.newsgeo.extract.text;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names of the world's major news languages, from CLDR through ICU4J: wide and abbreviated, format
 * and stand-alone (Russian and Polish inflect month names after a day number). Keys are lower-cased and
 * stripped of accents and a final dot, so "Februari", "févr.", "февраля" and "Feb" all resolve.
 */
public final class MonthNames {
    /** Languages whose month names we read; CLDR has them all. */
    static final String[] LANGUAGES = {
        "en", "id", "ms", "de", "fr", "es", "pt", "it", "nl", "ru", "uk", "pl", "cs", "sk", "sl", "hr", "sr",
        "bs", "bg", "ro", "hu", "fi", "sv", "da", "nb", "nn", "is", "et", "lv", "lt", "el", "tr", "az", "ka",
        "hy", "sq", "mk", "ca", "gl", "eu", "ga", "cy", "tl", "vi", "sw", "af", "kk", "uz", "be"};

    private static final Map<String, Integer> MONTHS = build();

    private MonthNames() {
    }

    /** 1-12, or 0 when the word is not a month name. */
    public static int month(String word) {
        Integer m = MONTHS.get(key(word));
        return m == null ? 0 : m;
    }

    static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> out = new HashMap<>();
        Map<String, Integer> clash = new HashMap<>();
        for (String lang : LANGUAGES) {
            DateFormatSymbols s = new DateFormatSymbols(new ULocale(lang));
            for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    String[] names = s.getMonths(ctx, width);
                    for (int i = 0; i < 12 && i < names.length; i++) {
                        String k = key(names[i]);
                        if (k.length() < 3 || Character.isDigit(k.charAt(0))) continue;
                        Integer prev = out.putIfAbsent(k, i + 1);
                        if (prev != null && prev != i + 1) clash.put(k, 0);
                    }
                }
            }
        }
        out.keySet().removeAll(clash.keySet());   // a word that is one month here and another there says nothing
        return Map.copyOf(out);
    }
}
