package org.newsgeo.mentions;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Place mentions found by the shipped gazetteer, as "CC:surface:kind", offsets checked. */
final class PlaceTestSupport {
    private PlaceTestSupport() {
    }

    static List<Mention> all(String body, String lang) {
        List<Mention> ms = MentionFinder.shared().find(null, body, lang, LocalDate.of(2024, 5, 1));
        for (Mention m : ms) assertEquals(body.substring(m.start, m.end), m.surface, m.toString());
        return ms;
    }

    static List<String> places(String body) {
        return places(body, "en");
    }

    static List<String> places(String body, String lang) {
        return all(body, lang).stream().filter(m -> "place".equals(m.entityType))
                .map(m -> m.countryCode + ":" + m.surface + ":" + m.matchKind).toList();
    }
}
