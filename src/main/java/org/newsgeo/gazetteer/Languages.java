package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The languages the gazetteer names countries in: those of i18n-iso-countries (78, the languages a news
 * reader is likely to meet), each of which CLDR also covers. Obscure CLDR locales are left out on purpose:
 * their country names collide with common words of major languages and add noise to the matcher.
 */
final class Languages {
    private Languages() {
    }

    static Set<String> read(Path sources) throws IOException {
        Set<String> langs = new TreeSet<>();
        try (Stream<Path> s = Files.list(sources.resolve("i18n-iso-countries/langs"))) {
            s.forEach(p -> langs.add(p.getFileName().toString().replace(".json", "")));
        }
        return langs;
    }

    /** "pt-PT" -> "pt", "zh-Hant-HK" -> "zh", "geonames_default" stays as is. */
    static String base(String locale) {
        int cut = locale.indexOf('-');
        if (cut < 0) cut = locale.indexOf('_');
        String b = cut < 0 ? locale : locale.substring(0, cut);
        return b.toLowerCase(Locale.ROOT);
    }
}
