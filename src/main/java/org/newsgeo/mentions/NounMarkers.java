package org.newsgeo.mentions;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * German writes every noun with a capital, so a capital says nothing about a place name there: "in
 * der Lage" (able to), "die Halle" (the hall), "den Roman" (the novel), "beim Essen" (at dinner). Place
 * names stand without an article, so an article or determiner right before a single capitalised word
 * makes it a common noun. A closed word class: the list is short and complete.
 */
final class NounMarkers {
    private static final Map<String, Set<String>> DETERMINERS = Map.of("de", Set.of(
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
            "kein", "keine", "keinen", "keinem", "keiner", "keines", "dieser", "diese", "dieses", "diesen", "diesem",
            "jeder", "jede", "jedes", "jeden", "jedem", "jener", "jene", "jenes", "jenen", "jenem",
            "mein", "meine", "meinen", "meinem", "meiner", "meines", "dein", "deine", "deinen", "deinem", "deiner",
            "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
            "unser", "unsere", "unseren", "unserem", "unserer", "euer", "eure", "euren", "eurem", "eurer",
            "welcher", "welche", "welches", "welchen", "welchem", "manche", "manchen", "solche", "solchen",
            "im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "aufs", "ums", "übers", "fürs"));

    private NounMarkers() {
    }

    /** Does a determiner of the article's language stand right before position start of s? */
    static boolean determinerBefore(String language, String s, int start) {
        Set<String> d = language == null ? null : DETERMINERS.get(language);
        if (d == null) return false;
        String prev = Neighbours.prevAdjacent(s, start);
        return prev != null && d.contains(prev.toLowerCase(Locale.ROOT));
    }
}
