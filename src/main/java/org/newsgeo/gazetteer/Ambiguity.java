package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which names often mean something else. Rule (documented in SOURCES.md):
 * (1) every form listed in curated/ambiguous.tsv (for its language, or all languages with "*"), matched
 * case-insensitively: common words, US states, given names, other places (Georgia, Jordan, Chad, Turkey, Niger);
 * (2) leader surnames that are also a country or capital name (Jordan, Lima, Chad);
 * (3) leader surnames of at most three letters in Latin or Cyrillic (Xi, Li, Kim, May, Ли) or of one character
 * in any script (习): too short to trust without context.
 */
final class Ambiguity {
    private final Set<String> forms = new HashSet<>();
    private final Set<String> placeNames = new HashSet<>();

    /** Remembers the country names, aliases and capitals, so that surnames equal to them count as ambiguous. */
    void addPlaces(Iterable<NameEntry> countryNames) {
        for (NameEntry e : countryNames) {
            if (!e.kind().equals("demonym")) placeNames.add(e.text().toLowerCase(Locale.ROOT));
        }
    }

    static Ambiguity read(Path curatedDir) throws IOException {
        Ambiguity a = new Ambiguity();
        for (var row : Csv.read(curatedDir.resolve("ambiguous.tsv"), '\t')) {
            a.forms.add(key(row.get("lang"), row.get("text")));
        }
        return a;
    }

    private static String key(String lang, String text) {
        return lang + '\t' + text.toLowerCase(Locale.ROOT);
    }

    boolean isAmbiguous(NameEntry e) {
        if (forms.contains(key("*", e.text())) || forms.contains(key(e.lang(), e.text()))) return true;
        if (!"surname".equals(e.kind())) return false;
        if (placeNames.contains(e.text().toLowerCase(Locale.ROOT))) return true;
        int n = e.text().codePointCount(0, e.text().length());
        return n <= 1 || (n <= 3 && e.text().chars().allMatch(Character::isLetter) && isLatinOrCyrillic(e.text()));
    }

    private static boolean isLatinOrCyrillic(String t) {
        return t.codePoints().allMatch(c -> c < 0x0530);
    }
}
