package org.newsgeo.mentions;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article through {@link MentionFinder#shared()}: the gazetteer that ships, as the pipeline runs it. */
class ShippedGazetteerTest {
    static List<Mention> mentions;

    @BeforeAll
    static void run() throws IOException {
        String raw;
        try (InputStream in = ShippedGazetteerTest.class.getResourceAsStream("/seed/000_f4c58d0a6c39779f.txt")) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String body = raw.substring(raw.indexOf("Beijing: Presiden"), raw.indexOf("Jangan lupa"))
                .lines().filter(l -> !l.startsWith("Baca juga")).collect(Collectors.joining("\n"));
        mentions = MentionFinder.shared().find("Presiden Belarusia Sekutu Dekat Putin Kunjungi Tiongkok Pekan Depan",
                body, "id", LocalDate.of(2023, 2, 25));
    }

    @Test
    void seedCountries() {
        Set<String> codes = mentions.stream().filter(m -> m.entityType.equals("country"))
                .map(m -> m.countryCode).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("BY", "CN", "RU", "UA", "UZ"), codes);
        assertFalse(mentions.stream().anyMatch(m -> m.surface.contains("Hua") || m.surface.contains("Jazeera")));
    }

    @Test
    void seedLeaders() {
        Set<String> got = mentions.stream().filter(m -> m.entityType.equals("leader"))
                .map(m -> m.countryCode + "|" + m.role + "|" + m.inOffice + "|" + m.entityName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(5, got.size(), got.toString());
        for (String want : List.of("BY|head_of_state|true|Alexander Lukashenko", "CN|head_of_state|true|Xi Jinping",
                "RU|head_of_state|true|Vladimir Putin", "CN|foreign_minister|true|Qin Gang",
                "BY|foreign_minister|true|Sergei Aleinik")) {
            assertTrue(got.contains(want), want + " in " + got);
        }
    }
}
