package org.newsgeo.mentions;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared test finder over {@link TestGazetteer}, with checks every test wants. */
final class Finder {
    static final MentionFinder FINDER = new MentionFinder(TestGazetteer.build());

    private Finder() {
    }

    /** Body-only mentions, offsets checked against surfaces. */
    static List<Mention> body(String text, String lang) {
        return body(text, lang, LocalDate.of(2023, 6, 1));
    }

    static List<Mention> body(String text, String lang, LocalDate date) {
        List<Mention> ms = FINDER.find(null, text, lang, date);
        for (Mention m : ms) assertEquals(text.substring(m.start, m.end), m.surface, m.toString());
        return ms;
    }

    /** "CODE:surface" of the country mentions, in order. */
    static List<String> countries(String text, String lang) {
        return body(text, lang).stream().filter(m -> m.entityType.equals("country"))
                .map(m -> m.countryCode + ":" + m.surface).toList();
    }
}
