package org.newsgeo.mentions;

import com.ibm.icu.util.ULocale;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where an article's language is at home, from CLDR through ICU4J: its main country (a weak prior for
 * places) and every territory CLDR has a locale for (es: ES, MX, CL, US…). None for English, which is
 * written everywhere. Made once per language and shared.
 *
 * @param language  the article's language (ISO 639-1) or null
 * @param country   the language's main country, or ""
 * @param countries the countries where it is at home, empty for English and unknown languages
 */
record LanguageHome(String language, String country, Set<String> countries) {
    private static final Map<String, LanguageHome> CACHE = new ConcurrentHashMap<>();
    private static final LanguageHome NOWHERE = new LanguageHome(null, "", Set.of());

    static LanguageHome of(String language) {
        if (language == null || language.isBlank()) return NOWHERE;
        return CACHE.computeIfAbsent(language, LanguageHome::find);
    }

    private static LanguageHome find(String lang) {
        if (lang.equals("en")) return new LanguageHome(lang, "", Set.of());
        String main = ULocale.addLikelySubtags(new ULocale(lang)).getCountry();
        Set<String> out = new HashSet<>();
        for (ULocale l : ULocale.getAvailableLocales()) {
            if (l.getLanguage().equals(lang) && !l.getCountry().isEmpty()) out.add(l.getCountry());
        }
        if (!main.isEmpty()) out.add(main);
        return new LanguageHome(lang, main, Set.copyOf(out));
    }
}
