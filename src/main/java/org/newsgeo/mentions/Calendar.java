package org.newsgeo.mentions;

import java.text.DateFormatSymbols;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Month and weekday names (CLDR through the JDK) in the languages most news is written in: towns called
 * March or Mai are left out when the word is a date ("early in March").
 */
final class Calendar {
    private static final Set<String> NAMES = names();

    private Calendar() {
    }

    static boolean isMonthOrDay(String word) {
        return NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> names() {
        Set<String> out = new HashSet<>();
        for (String lang : new String[] {"en", "fr", "de", "es", "it", "pt", "nl", "id"}) {
            DateFormatSymbols d = DateFormatSymbols.getInstance(Locale.forLanguageTag(lang));
            for (String[] list : new String[][] {d.getMonths(), d.getWeekdays()}) {
                for (String w : list) if (!w.isEmpty()) out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }
}
