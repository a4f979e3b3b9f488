package org.newsgeo.gazetteer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The places layer of the shipped gazetteer: cities, regions, curated places, and what it leaves out. */
class PlacesLayerTest {
    private final Gazetteer g = Gazetteer.get();

    @Test
    void citiesCarryCountryPopulationAndRegion() {
        Place kharkiv = g.place("geonames:706483");
        assertEquals("Kharkiv", kharkiv.name());
        assertEquals("UA", kharkiv.country());
        assertEquals("city", kharkiv.kind());
        assertTrue(kharkiv.population() > 1_000_000);
        assertEquals("admin1:UA.07", kharkiv.admin1());
        assertEquals("US", g.place("admin1:US.TX").country());
        assertEquals("region", g.place("admin1:US.TX").kind());
    }

    @Test
    void curatedPlacesAndDisputes() {
        assertTrue(g.place("place:crimea").disputed());
        assertEquals("UA", g.place("place:crimea").country());
        assertEquals("HK", g.place("place:hong-kong").country());
        assertFalse(g.place("place:catalonia").disputed());
    }

    @Test
    void namesAreMultilingualForBigCitiesOnly() {
        assertTrue(has("Мюнхен", "geonames:2867714"));       // Munich, 1.2 M, in Russian
        assertTrue(has("Kharkiv", "geonames:706483"));
        // country names are no place names: the Philippine town "Mexico" is not in
        assertFalse(g.names().stream().anyMatch(e -> "place".equals(e.entityType()) && e.text().equals("Mexico")));
    }

    @Test
    void commonWordsAreFlagged() {
        assertTrue(g.names().stream().filter(e -> "place".equals(e.entityType()) && e.text().equals("Nice"))
                .allMatch(NameEntry::ambiguous));
        assertFalse(g.names().stream().filter(e -> e.entityId().equals("geonames:706483")).anyMatch(NameEntry::ambiguous));
    }

    @Test
    void regionShortForms() {
        assertEquals("Hunan", Places.bare("Hunan Province"));
        assertEquals("Xinjiang Uyghur", Places.bare("Xinjiang Uyghur Autonomous Region"));
        assertNull(Places.bare("Texas"));
    }

    @Test
    void artifactStaysSmall() throws IOException {
        long total = 0;
        for (String f : GazetteerArtifact.FILES) total += Files.size(Path.of("src/main/resources/org/newsgeo/gazetteer", f));
        assertTrue(total < 6_000_000, "artifact " + total + " bytes");
    }

    private boolean has(String text, String id) {
        return g.names().stream().anyMatch(e -> e.text().equals(text) && e.entityId().equals(id));
    }
}
