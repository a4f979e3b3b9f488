package org.newsgeo.mentions;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgeo.mentions.PlaceTestSupport.places;

/** The place of a dateline is read as a place first, whatever else its name could mean. */
class PlaceDatelineTest {
    @Test
    void reutersStyleCityRegionDate() {
        List<String> p = places("DAYTON, Ohio, April 8 (Reuters) - A gunman opened fire in a crowded bar district.");
        assertEquals("US:DAYTON:dateline", p.get(0));
        assertTrue(p.contains("US:Ohio:region"), p.toString());
    }

    @Test
    void cityCountryDash() {
        assertEquals(List.of("UA:KHARKIV:dateline"), places("KHARKIV, Ukraine — Russian missiles hit the city centre."));
    }

    @Test
    void capitalWithAgencyCredit() {
        List<Mention> ms = PlaceTestSupport.all("MOSCOW (Reuters) - The government said talks would resume.", "en");
        assertEquals("dateline", ms.get(0).matchKind);
        assertEquals("RU", ms.get(0).countryCode);
        assertEquals("place", ms.get(0).entityType);
    }

    @Test
    void datelineNamesakeFollowsTheRegion() {
        assertEquals("US:PARIS:dateline", places("PARIS, Texas, April 8 - Storms knocked out power.").get(0));
    }

    @Test
    void datelineAfterByline() {
        assertTrue(places("By Nate Raymond. BOSTON (Reuters) - The owner of a restaurant sued.")
                .contains("US:BOSTON:dateline"));
    }

    @Test
    void seedPlacesCountForTheirCountries() throws IOException {
        String raw;
        try (InputStream in = getClass().getResourceAsStream("/seed/000_f4c58d0a6c39779f.txt")) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String body = raw.substring(raw.indexOf("Beijing: Presiden"), raw.indexOf("Jangan lupa"))
                .lines().filter(l -> !l.startsWith("Baca juga")).collect(Collectors.joining("\n"));
        List<Mention> ms = MentionFinder.shared().find("Presiden Belarusia Sekutu Dekat Putin Kunjungi Tiongkok Pekan Depan",
                body, "id", LocalDate.of(2023, 2, 25));
        List<String> p = ms.stream().filter(m -> "place".equals(m.entityType))
                .map(m -> m.countryCode + ":" + m.surface + ":" + m.matchKind).toList();
        assertEquals("CN:Beijing:dateline", p.get(0));
        assertTrue(p.contains("BY:Minsk:capital"), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("UZ:Samarkand:")), p.toString());
        assertEquals(List.of("BY", "CN"), FocusCountries.rank(ms, 2).stream().sorted().toList());
    }
}
