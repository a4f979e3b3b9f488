package org.newsgeo.mentions;

import org.newsgeo.gazetteer.NameEntry;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which names may match in an article of a given language. Names in Latin script collide across
 * languages (one language's country name is another's common word), so a Latin-script name needs the
 * article's language, a close relative, English or "*". Names in other scripts are kept: a Cyrillic
 * or Arabic country name means the same in every language that writes it.
 */
final class LanguageGate {
    private static final Map<String, Set<String>> RELATIVES = Map.of(
            "id", Set.of("ms"), "ms", Set.of("id"), "nb", Set.of("no", "nn"), "no", Set.of("nb", "nn"),
            "nn", Set.of("no", "nb"), "hr", Set.of("sr", "bs"), "bs", Set.of("sr", "hr"), "sr", Set.of("hr", "bs"));

    private LanguageGate() {
    }

    /** Names in the Latin script, which need the gate; the others are always allowed. */
    static boolean isLatinName(NameEntry e) {
        return e.text() != null && !e.text().isEmpty() && isLatin(e.text().charAt(0));
    }

    static Predicate<NameEntry> of(String language) {
        if (language == null || language.isBlank()) return e -> true;
        String lang = language.toLowerCase(java.util.Locale.ROOT);
        Set<String> near = RELATIVES.getOrDefault(lang, Set.of());
        return e -> {
            String l = e.lang();
            if (l == null || l.equals("*") || l.equals(lang) || l.equals("en") || near.contains(l)) return true;
            String t = e.text();
            return t != null && !t.isEmpty() && !isLatin(t.charAt(0));
        };
    }

    private static boolean isLatin(char c) {
        return c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF);
    }
}
