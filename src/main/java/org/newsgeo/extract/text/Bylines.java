package org.newsgeo.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Author names from a byline line, and the photo-credit test for captions. */
final class Bylines {
    /** Words that introduce or label a byline in the common news languages; not names. */
    private static final Set<String> LABELS = Set.of("by", "oleh", "von", "por", "par", "di", "da", "door", "av",
            "af", "przez", "tarafından", "reporter", "reporter:", "penulis", "penulis:", "editor", "editor:",
            "author", "author:", "autor", "autor:", "text:", "written", "posted", "published", "updated",
            "diperbarui", "diterbitkan", "publié", "publicado", "veröffentlicht");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[•|·–—]\\s*|\\s+-\\s+");
    private static final Pattern JOINERS =
            Pattern.compile("\\s*,\\s*|\\s+(?:and|dan|und|et|y|e|i|en|och|og|ve|и)\\s+|\\s*&\\s*");
    /** A caption ends with a photo credit: "(Andrea VERDELLI / POOL / AFP)", "(Foto: Antara)". */
    private static final Pattern CREDIT = Pattern.compile("\\((?:[^()]*/[^()]*|(?i:foto|photo|file|ist)[^()]*)\\)\\s*$");

    private Bylines() {
    }

    static List<String> authors(String line) {
        int[] span = BylineDates.span(line);
        String rest = span == null ? line : line.substring(0, span[0]) + " | " + line.substring(span[1]);
        List<String> out = new ArrayList<>();
        for (String part : SEPARATORS.split(rest)) {
            for (String name : JOINERS.split(stripLabels(part.strip()))) {
                name = name.strip();
                if (looksLikeName(name) && !out.contains(name)) out.add(name);
            }
        }
        return out;
    }

    static boolean isCredited(String line) {
        return CREDIT.matcher(line).find();
    }

    private static String stripLabels(String s) {
        String[] words = s.split("\\s+");
        int i = 0;
        while (i < words.length && LABELS.contains(words[i].toLowerCase(Locale.ROOT))) i++;
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    /** Two to five words, each starting with a letter, no digits: a person's name, not a time or a place note. */
    static boolean looksLikeName(String s) {
        if (s.isEmpty() || s.chars().anyMatch(Character::isDigit) || s.contains("@") || s.contains("://")) return false;
        String[] words = s.split("\\s+");
        if (words.length > 5) return false;
        for (String w : words) if (!Character.isLetter(w.codePointAt(0))) return false;
        return Character.isUpperCase(s.codePointAt(0)) || !Character.isLowerCase(s.codePointAt(0));
    }
}
