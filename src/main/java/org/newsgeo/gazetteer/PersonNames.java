package org.newsgeo.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Name helpers for leaders: the surname the press uses, a comparison key, a deterministic slug. */
final class PersonNames {
    // Countries whose leaders' names are written family name first (Xi Jinping, Kim Jong Un, Hun Sen).
    private static final Set<String> FAMILY_FIRST = Set.of("CN", "TW", "KP", "KR", "HK", "MO", "KH", "MN");
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "van", "von", "der",
            "den", "bin", "ibn", "al", "el", "la", "le", "di", "du", "ben", "abu", "ould", "wa", "st.");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "i", "ii", "iii", "iv", "v", "vi",
            "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi");

    private static final String TITLES = "^(?i)(prince|princess|king|queen|sheikh|shaikh|emir|sultan|pandit|sir|dr\\.?)\\s+";

    private PersonNames() {
    }

    /**
     * A name as the data sets write it, cleaned: Herre and CountryInfo list spelling variants as
     * "{Sergey Stanishev }{Sergei Stanishev }" (the first is kept) and add notes such as "(2nd time)".
     */
    static String fromSource(String raw) {
        String h = raw.trim();
        if (h.startsWith("{")) {
            int close = h.indexOf('}');
            h = close > 0 ? h.substring(1, close) : h.substring(1);
        }
        h = h.replaceAll("\\(.*?(\\)|$)", " ").replaceAll("[{}]", " ");
        // Wikidata labels monarchs "Felipe VI of Spain"; titles such as "Prince" are no part of the name.
        h = h.replaceAll("\\s+of\\s+(the\\s+)?\\p{Lu}.*$", "").replaceAll(TITLES, "");
        return h.replaceAll("\\s+", " ").trim();
    }

    /** The surname of a full name; for a one-word name the name itself. */
    static String surname(String fullName, String country) {
        int comma = fullName.indexOf(',');
        if (comma > 0) return fullName.substring(0, comma).trim();      // "Soglo, N"
        String[] t = fullName.trim().split("\\s+");
        int n = t.length;
        while (n > 1 && SUFFIXES.contains(t[n - 1].toLowerCase(Locale.ROOT).replace(",", ""))) n--;
        if (n == 1) return t[0].replace(",", "");
        if (FAMILY_FIRST.contains(country)) return t[0];
        String last = t[n - 1].replace(",", "");
        if (n >= 2 && PARTICLES.contains(t[n - 2].toLowerCase(Locale.ROOT))) return t[n - 2] + " " + last;
        return last;
    }

    /** Lower-case ASCII, no punctuation: "Lukashénko" and "LUKASHENKO" compare equal. */
    static String key(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    static boolean familyFirst(String country) {
        return FAMILY_FIRST.contains(country);
    }

    /** The words of a name as comparison keys. */
    static Set<String> tokens(String name) {
        Set<String> t = new java.util.HashSet<>();
        for (String w : name.split("[\\s-]+")) if (!key(w).isEmpty()) t.add(key(w));
        return t;
    }

    /** True when one name's given names are among the other's ("Cyril" and "Matamela Cyril"). */
    static boolean givenNamesAgree(String given1, String given2) {
        java.util.List<String> a = java.util.Arrays.stream(given1.split("\\s+")).map(PersonNames::key).filter(x -> !x.isEmpty()).toList();
        java.util.List<String> b = java.util.Arrays.stream(given2.split("\\s+")).map(PersonNames::key).filter(x -> !x.isEmpty()).toList();
        return a.isEmpty() || b.isEmpty() || a.containsAll(b) || b.containsAll(a);
    }

    /** "L:BY:lukashenko-alexander": stable across builds as long as the name does not change. */
    static String slug(String country, String surname, String fullName) {
        String given = fullName == null ? "" : fullName.replace(surname, " ").trim();
        // Family-first names keep all given names: Kim Jong Il and Kim Jong Un must not share "kim-jong".
        String g = given.isEmpty() ? "" : "-" + key(FAMILY_FIRST.contains(country) ? given : given.split("\\s+")[0]);
        return "L:" + country + ":" + key(surname) + g;
    }

    /** "MARGARET THATCHER" -> "Margaret Thatcher" (CountryInfo writes names in capitals). */
    static String titleCase(String upper) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c) && c != '\'';
        }
        return b.toString();
    }
}
