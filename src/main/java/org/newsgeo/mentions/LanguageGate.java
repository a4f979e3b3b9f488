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
            "nn", Set.of("no", "nb"), "hr", Set.of("sr", "bs"), "bs", Set.of("sr", "hr"), "sr", Set.of("hr", "bs"),
            "zh", Set.of("ja"), "ja", Set.of("zh"));

    private LanguageGate() {
    }

    /** Names in the Latin script, which need the gate; the others are always allowed. */
    static boolean isLatinName(NameEntry e) {
        return e.text() != null && !e.text().isEmpty() && isLatin(e.text().charAt(0));
    }

    /**
     * For names outside the Latin script: those written in a script of the article's language need
     * that language too (Mongolian "Софи", Sofia, is a French given name in a Russian article); names
     * in scripts foreign to the article's language are kept.
     */
    static Predicate<NameEntry> ofNonLatin(String language) {
        if (language == null || language.isBlank()) return e -> true;
        String lang = language.toLowerCase(java.util.Locale.ROOT);
        Set<String> near = RELATIVES.getOrDefault(lang, Set.of());
        Predicate<NameEntry> byLanguage = e -> e.lang() == null || e.lang().equals("*") || e.lang().equals(lang)
                || near.contains(e.lang());
        int[] scripts = com.ibm.icu.lang.UScript.getCode(new com.ibm.icu.util.ULocale(language));
        return e -> {
            if (byLanguage.test(e) || scripts == null || e.text() == null || e.text().isEmpty()) return true;
            int sc = com.ibm.icu.lang.UScript.getScript(e.text().codePointAt(0));
            for (int x : scripts) if (x == sc) return false;
            return true;
        };
    }

    static Predicate<NameEntry> of(String language) {
        if (language == null || language.isBlank()) return e -> true;
        String lang = language.toLowerCase(java.util.Locale.ROOT);
        Set<String> near = RELATIVES.getOrDefault(lang, Set.of());
        return e -> {
            String l = e.lang();
            if (l == null || l.equals("*") || l.equals(lang) || l.equals("en") || near.contains(l)) return true;
            String t = e.text();
            return t != null && !t.isEmpty() && !isLatin(t.charAt(0));   // see ofNonLatin
        };
    }

    private static boolean isLatin(char c) {
        return c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF);
    }
}
