package org.newsgeo.mentions;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Name data fixes in the shipped gazetteer, seen through the matcher as the pipeline runs it. */
class ShippedNameFixesTest {
    private static List<String> countries(String text, String lang) {
        return found("country", text, lang);
    }

    private static List<String> leaders(String text, String lang) {
        return found("leader", text, lang);
    }

    /** "CODE:surface" of the mentions of one entity type, in order. */
    private static List<String> found(String entityType, String text, String lang) {
        return MentionFinder.shared().find(null, text, lang, LocalDate.of(2024, 5, 1)).stream()
                .filter(m -> m.entityType.equals(entityType)).map(m -> m.countryCode + ":" + m.surface).toList();
    }

    @Test
    void philippineAdjective() {
        assertEquals(List.of("PH:Philippine"), countries("The Philippine government protested on Monday.", "en"));
    }

    @Test
    void koreanFollowsTheKoreaRule() {
        assertEquals(List.of("KR:Korean"), countries("Korean exports of chips rose in April.", "en"));
        assertEquals(List.of("KP:Pyongyang", "KP:Korean"),
                countries("Pyongyang fired a missile, the Korean army said.", "en"));
    }

    @Test
    void genericWordsAreNoCountries() {
        assertEquals(List.of(), countries("The Republic of Letters met on the Island of Dreams.", "en"));
        assertEquals(List.of(), countries("Die Republik feiert.", "de"));
    }

    @Test
    void frenchAndGermanPlurals() {
        assertEquals(List.of("RU:Russes", "US:américaines"),
                countries("Les Russes et les entreprises américaines négocient.", "fr"));
        assertEquals(List.of("RU:Russen", "US:Amerikaner"), countries("Die Russen und die Amerikaner verhandeln.", "de"));
    }

    @Test
    void oneWordFullNamesGluedToOtherNamesAreOtherPeople() {
        // Salman is the Saudi king's name in the gazetteer; Salman Habaka was an Israeli colonel
        assertEquals(List.of(), leaders("Il tenente colonnello Salman Habaka, comandante del battaglione, è morto.", "it"));
        assertEquals(List.of("SA:Salman"), leaders("Il re Salman ha ricevuto il ministro.", "it"));
    }

    @Test
    void germanLanguageNamesAreNoDemonyms() {
        assertEquals(List.of(), countries("Er studierte Deutsch als Fremdsprache und spricht fließend Englisch.", "de"));
        assertEquals(List.of("DE:deutsche", "DE:Deutsch", "FR:Französische"),
                countries("Die deutsche Regierung feiert die Deutsch-Französische Freundschaft.", "de"));
    }
}
