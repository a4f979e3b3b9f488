package org.newsgeo.gazetteer;

import java.io.Serializable;

/**
 * One surface name the matcher looks for.
 *
 * @param text        the name as written ("Tiongkok", "Moskow", "Xi Jinping", "Lukashenko")
 * @param lang        ISO 639-1 language of the form, or "*" when it is used across languages
 * @param kind        name, alias, demonym, capital, fullname, surname, city, region, ...
 *                    (becomes match_kind)
 * @param entityType  country, leader or place
 * @param entityId    ISO code for countries; stable leader id (Wikidata QID where known); place id
 * @param countryCode the country the entity belongs to (ISO 3166-1 alpha-2, or a retired code)
 * @param ambiguous   true when the form often means something else (Georgia, Jordan, Chad, Turkey, Xi, May)
 */
public record NameEntry(String text, String lang, String kind, String entityType, String entityId,
                        String countryCode, boolean ambiguous) implements Serializable {

    /**
     * True for acronyms written in capitals ("US", "U.S.", "UK", "UAE", "AS", "СССР", "US$"): the matcher must
     * compare these case-sensitively, or "us" and "as" would match. Every other name may be matched ignoring case.
     */
    public boolean caseSensitive() {
        String t = text == null ? "" : text.strip();
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            } else if (c != '.' && c != '$') {
                return false;
            }
        }
        return letters >= 2 && letters <= 5;
    }
}
