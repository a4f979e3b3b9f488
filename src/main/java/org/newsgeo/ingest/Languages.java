package org.newsgeo.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** ISO 639 codes to the two-letter form the articles table uses, from the JDK's own locale data. */
final class Languages {
    private Languages() {}

    private static final Map<String, String> ALPHA3_TO_2 = new HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            try {
                ALPHA3_TO_2.put(new Locale(two).getISO3Language(), two);
            } catch (MissingResourceException ignored) {
                // no alpha-3 form known for this code
            }
        }
        // ISO 639-2/B (bibliographic) codes that CLD2-style taggers also emit.
        String[][] bib = {{"fre", "fr"}, {"ger", "de"}, {"chi", "zh"}, {"dut", "nl"}, {"gre", "el"}, {"per", "fa"},
                {"cze", "cs"}, {"rum", "ro"}, {"slo", "sk"}, {"arm", "hy"}, {"geo", "ka"}, {"ice", "is"},
                {"mac", "mk"}, {"may", "ms"}, {"bur", "my"}, {"baq", "eu"}, {"alb", "sq"}, {"wel", "cy"}, {"tib", "bo"}};
        for (String[] p : bib) ALPHA3_TO_2.putIfAbsent(p[0], p[1]);
    }

    /**
     * The first language of a value like "spa" or "eng,fra" (WET) or "en-US" as ISO 639-1; null when the
     * code has no two-letter form, so a wrong guess never lands in the table.
     */
    static String toAlpha2(String value) {
        if (value == null) return null;
        String first = value.split("[,;\\s]+", 2)[0].trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (first.isEmpty()) return null;
        String base = first.split("-", 2)[0];
        if (base.length() == 2) return base.matches("[a-z]{2}") ? base : null;
        if (base.length() == 3) return ALPHA3_TO_2.get(base);
        return null;
    }
}
