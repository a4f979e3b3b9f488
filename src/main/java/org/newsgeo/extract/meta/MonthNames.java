package org.newsgeo.extract.meta;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Month names (wide and abbreviated, format and stand-alone, so genitive forms like "февраля"
 * are included) from CLDR through ICU4J, for the languages news is commonly published in. A name
 * that means different months in different languages (Croatian "listopad" is October, Polish
 * "listopad" November) only counts through its own language's table.
 */
final class MonthNames {
    /** Languages loaded into the shared table: the world's major news languages. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "uk", "tr",
            "id", "ms", "ar", "fa", "he", "zh", "ja", "ko", "hi", "bn", "ur", "vi", "th", "sv", "da", "nb", "nn", "fi",
            "hu", "cs", "sk", "ro", "bg", "el", "hr", "sr", "sl", "lt", "lv", "et", "ca", "eu", "gl", "sq", "hy",
            "ka", "az", "kk", "uz", "sw", "tl", "af", "is", "mk", "bs", "be", "ta", "te", "mr");
    private static final int AMBIGUOUS = -1;
    private static final Map<String, Integer> ALL = build();
    private static final Map<String, Map<String, Integer>> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final java.util.Set<String> WEEKDAYS = weekdays();

    private MonthNames() {
    }

    /** Month 1..12 of a lower-cased word without its trailing dot, or 0. */
    static int month(String word, String language) {
        if (language != null) {
            Integer m = BY_LANGUAGE.computeIfAbsent(language, MonthNames::table).get(word);
            if (m != null) return m;
        }
        Integer m = ALL.get(word);
        return m == null || m == AMBIGUOUS ? 0 : m;
    }

    /** Whether a lower-cased word is a month or weekday name in one of the languages (wide or abbreviated). */
    static boolean isCalendarWord(String word) {
        String w = normalise(word);
        return ALL.containsKey(w) || WEEKDAYS.contains(w);
    }

    static boolean isWeekday(String word) {
        return WEEKDAYS.contains(normalise(word));
    }

    private static java.util.Set<String> weekdays() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String lang : LANGUAGES) {
            DateFormatSymbols s = new DateFormatSymbols(ULocale.forLanguageTag(lang));
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                for (String d : s.getWeekdays(DateFormatSymbols.FORMAT, width)) {
                    if (d != null && d.length() >= 2) out.add(normalise(d));
                }
            }
        }
        return out;
    }

    static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        while (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return w;
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> all = new HashMap<>();
        for (String lang : LANGUAGES) {
            for (var e : table(lang).entrySet()) {
                all.merge(e.getKey(), e.getValue(), (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        }
        return all;
    }

    private static Map<String, Integer> table(String lang) {
        Map<String, Integer> t = new HashMap<>();
        DateFormatSymbols s = new DateFormatSymbols(ULocale.forLanguageTag(lang));
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] names = s.getMonths(context, width);
                for (int i = 0; i < Math.min(12, names.length); i++) {
                    String n = normalise(names[i]);
                    // Skip forms that are not a single word of letters ("2月", "tháng 2"): the
                    // numeric CJK form is handled separately and the rest would not tokenise.
                    if (!isLetterWord(n)) continue;
                    t.putIfAbsent(n, i + 1);
                }
            }
        }
        return t;
    }

    private static boolean isLetterWord(String n) {
        if (n.isEmpty()) return false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isLetter(c) && !TextTokens.isMark(c) && c != '.') return false;
        }
        return true;
    }
}
