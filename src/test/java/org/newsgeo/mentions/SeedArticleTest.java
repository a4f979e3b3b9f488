package org.newsgeo.mentions;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article (shared/seed, medcom.id, Indonesian) must come out as its expected.json says. */
class SeedArticleTest {
    static List<Mention> mentions;
    static String body;

    @BeforeAll
    static void run() throws IOException {
        String raw;
        try (InputStream in = SeedArticleTest.class.getResourceAsStream("/seed/000_f4c58d0a6c39779f.txt")) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String title = "Presiden Belarusia Sekutu Dekat Putin Kunjungi Tiongkok Pekan Depan";
        // The body as the extractor gives it: from the dateline to the last paragraph, without "Baca juga".
        body = raw.substring(raw.indexOf("Beijing: Presiden"), raw.indexOf("Jangan lupa"))
                .lines().filter(l -> !l.startsWith("Baca juga")).collect(Collectors.joining("\n"));
        mentions = new MentionFinder(TestGazetteer.build()).find(title, body, "id", LocalDate.of(2023, 2, 25));
    }

    @Test
    void countriesAreExactlyTheFive() {
        Set<String> codes = mentions.stream().filter(m -> m.entityType.equals("country"))
                .map(m -> m.countryCode).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("BY", "CN", "RU", "UA", "UZ"), codes);
    }

    @Test
    void bodyCountsReachTheMinimum() {
        Map<String, Long> n = mentions.stream().filter(m -> m.entityType.equals("country") && m.field.equals("body"))
                .collect(Collectors.groupingBy(m -> m.countryCode, Collectors.counting()));
        Map<String, Integer> min = Map.of("BY", 6, "CN", 6, "RU", 4, "UA", 3, "UZ", 1);
        min.forEach((code, k) -> assertTrue(n.getOrDefault(code, 0L) >= k, code + " " + n));
    }

    @Test
    void leadersAreExactlyTheFiveInOffice() {
        Set<String> got = mentions.stream().filter(m -> m.entityType.equals("leader"))
                .map(m -> m.entityName + "|" + m.countryCode + "|" + m.role + "|" + m.inOffice)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("Alexander Lukashenko|BY|head_of_state|true",
                "Xi Jinping|CN|head_of_state|true", "Vladimir Putin|RU|head_of_state|true",
                "Qin Gang|CN|foreign_minister|true", "Sergei Aleinik|BY|foreign_minister|true")), got);
    }

    @Test
    void surnamesCountOnceTheFullNameIsEstablished() {
        List<String> surfaces = mentions.stream().filter(m -> m.entityType.equals("leader") && m.field.equals("body"))
                .map(m -> m.surface).toList();
        assertTrue(surfaces.contains("Lukashenko"), surfaces.toString());
        assertTrue(surfaces.contains("Xi"), surfaces.toString());
        assertTrue(surfaces.contains("Qin"), surfaces.toString());
        assertTrue(surfaces.contains("Aleinik"), surfaces.toString());
    }

    @Test
    void alJazeeraIsNotQatarAndHuaIsNotALeader() {
        assertFalse(mentions.stream().anyMatch(m -> "QA".equals(m.countryCode)));
        assertFalse(mentions.stream().anyMatch(m -> m.surface.contains("Hua")));
    }

    @Test
    void offsetsMatchSurfaces() {
        String title = "Presiden Belarusia Sekutu Dekat Putin Kunjungi Tiongkok Pekan Depan";
        for (Mention m : mentions) {
            String f = m.field.equals("title") ? title : body;
            assertEquals(f.substring(m.start, m.end), m.surface, m.toString());
        }
    }
}
