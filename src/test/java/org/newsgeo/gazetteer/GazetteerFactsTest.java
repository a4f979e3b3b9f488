package org.newsgeo.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Facts the rest of the project relies on, checked against the artifact shipped on the classpath. */
class GazetteerFactsTest {
    private static final Gazetteer G = Gazetteer.get();

    static List<NameEntry> named(String text) {
        return G.names().stream().filter(e -> e.text().equalsIgnoreCase(text)).toList();
    }

    /** The one leader with this full name in this country. */
    static String leader(String fullName, String country) {
        List<String> ids = named(fullName).stream()
                .filter(e -> e.entityType().equals("leader") && e.countryCode().equals(country))
                .map(NameEntry::entityId).distinct().toList();
        assertEquals(1, ids.size(), fullName + " -> " + ids);
        return ids.get(0);
    }

    static Term on(String fullName, String country, String day) {
        return G.termOn(leader(fullName, country), LocalDate.parse(day));
    }

    @Test
    void lukashenkoHeadOfStateSince1994() {
        String id = leader("Alexander Lukashenko", "BY");
        assertEquals("Q2866", id);
        Term t = G.termOn(id, LocalDate.parse("2023-02-25"));
        assertEquals(Roles.HEAD_OF_STATE, t.role());
        assertEquals(LocalDate.parse("1994-07-20"), t.start());
        assertNull(G.termOn(id, LocalDate.parse("1994-07-19")));
    }

    @Test
    void qinGangForeignMinisterOnlyIn2023() {
        Term t = on("Qin Gang", "CN", "2023-02-25");
        assertEquals(Roles.FOREIGN_MINISTER, t.role());
        assertEquals(LocalDate.parse("2022-12-30"), t.start());
        assertEquals(LocalDate.parse("2023-07-25"), t.end());
        assertNull(on("Qin Gang", "CN", "2023-08-01"));
        assertNull(on("Wang Yi", "CN", "2023-02-25"));
        assertEquals(Roles.FOREIGN_MINISTER, on("Wang Yi", "CN", "2024-01-01").role());
    }

    @Test
    void aleinikForeignMinisterOfBelarusAtTheSeedDate() {
        Term t = on("Sergei Aleinik", "BY", "2023-02-25");
        assertEquals(Roles.FOREIGN_MINISTER, t.role());
        assertTrue(t.start().isAfter(LocalDate.parse("2022-07-31")) && t.start().getYear() == 2022);
    }

    @Test
    void xiHeadOfStateAndEffectiveLeader() {
        String id = leader("Xi Jinping", "CN");
        assertEquals(Roles.HEAD_OF_STATE, G.termOn(id, LocalDate.parse("2023-02-25")).role());
        assertTrue(G.terms(id).stream().anyMatch(t -> t.role().equals(Roles.HEAD_OF_STATE)
                && t.start().equals(LocalDate.parse("2013-03-14"))));
        assertTrue(G.terms(id).stream().anyMatch(t -> t.role().equals(Roles.EFFECTIVE_LEADER)
                && t.start().equals(LocalDate.parse("2012-11-15")) && t.end() == null));
        assertEquals(Roles.EFFECTIVE_LEADER, G.termOn(id, LocalDate.parse("2013-01-01")).role());
    }

    @Test
    void putinHeadOfStateIn2023() {
        assertEquals(Roles.HEAD_OF_STATE, on("Vladimir Putin", "RU", "2023-06-01").role());
        assertEquals(Roles.HEAD_OF_GOVERNMENT, on("Vladimir Putin", "RU", "2010-06-01").role());
    }

    @Test
    void leadersOf1987() {
        for (String[] l : new String[][]{{"Ronald Reagan", "US"}, {"Margaret Thatcher", "GB"}, {"Helmut Kohl", "DE"},
                {"Yasuhiro Nakasone", "JP"}}) {
            assertNotNull(on(l[0], l[1], "1987-06-01"), l[0]);
        }
        Term g = on("Mikhail Gorbachev", "SU", "1987-06-01");
        assertEquals("SU", g.countryCode());
        assertEquals(Roles.EFFECTIVE_LEADER, g.role());
        assertNull(on("Margaret Thatcher", "GB", "1991-06-01"));
    }

    @Test
    void trumpTwoTermsAndStarmer() {
        String trump = leader("Donald Trump", "US");
        assertEquals(LocalDate.parse("2025-01-20"), G.termOn(trump, LocalDate.parse("2025-06-01")).start());
        assertEquals(Roles.HEAD_OF_STATE, G.termOn(trump, LocalDate.parse("2018-06-01")).role());
        assertNull(G.termOn(trump, LocalDate.parse("2022-06-01")));
        Term s = on("Keir Starmer", "GB", "2024-07-05");
        assertEquals(Roles.HEAD_OF_GOVERNMENT, s.role());
        assertEquals(LocalDate.parse("2024-07-05"), s.start());
    }

    @Test
    void countryNamesInManyScripts() {
        for (String n : List.of("Tiongkok", "Китай", "中国", "الصين", "China", "Chine")) {
            assertTrue(named(n).stream().anyMatch(e -> e.entityId().equals("CN") && e.entityType().equals("country")), n);
        }
        assertTrue(named("Belarusia").stream().anyMatch(e -> e.entityId().equals("BY") && e.lang().equals("id")));
        assertTrue(named("Belarus").stream().anyMatch(e -> e.entityId().equals("BY") && e.lang().equals("id")));
        assertTrue(named("Moskow").stream().anyMatch(e -> e.entityId().equals("RU") && e.kind().equals("capital")));
        assertTrue(named("Kremlin").stream().anyMatch(e -> e.entityId().equals("RU")));
        assertTrue(named("Kiev").stream().anyMatch(e -> e.entityId().equals("UA")));
        assertTrue(named("Kyiv").stream().anyMatch(e -> e.entityId().equals("UA")));
        assertTrue(named("Ivory Coast").stream().anyMatch(e -> e.entityId().equals("CI")));
        assertTrue(named("Swaziland").stream().anyMatch(e -> e.entityId().equals("SZ")));
        assertTrue(named("Zaire").stream().anyMatch(e -> e.entityId().equals("CD")));
        assertTrue(named("Burma").stream().anyMatch(e -> e.entityId().equals("MM")));
        assertTrue(named("Türkiye").stream().anyMatch(e -> e.entityId().equals("TR")));
        assertTrue(named("Samarkand").isEmpty() || named("Samarkand").stream().allMatch(e -> !e.kind().equals("name")));
    }

    @Test
    void formerStates() {
        assertEquals("Soviet Union", G.countryName("SU"));
        for (String code : List.of("SU", "YU", "CS", "DD")) assertNotNull(G.countryName(code), code);
        assertTrue(named("СССР").stream().anyMatch(e -> e.entityId().equals("SU")));
        assertTrue(named("DDR").stream().anyMatch(e -> e.entityId().equals("DD")));
        FormerState su = G.formerState("SU");
        assertEquals("RU", su.successor());
        assertTrue(su.existedOn(LocalDate.parse("1987-06-01")));
        assertFalse(su.existedOn(LocalDate.parse("1992-01-01")));
        assertNull(G.formerState("RU"));
    }

    @Test
    void ambiguityAndCase() {
        assertTrue(named("Georgia").stream().filter(e -> e.entityId().equals("GE")).allMatch(NameEntry::ambiguous));
        assertTrue(named("Chad").stream().filter(e -> e.entityId().equals("TD")).allMatch(NameEntry::ambiguous));
        assertTrue(named("Xi").stream().filter(e -> e.kind().equals("surname")).allMatch(NameEntry::ambiguous));
        assertFalse(named("Lukashenko").get(0).ambiguous());
        NameEntry us = named("US").stream().filter(e -> e.entityId().equals("US")).findFirst().orElseThrow();
        assertTrue(us.caseSensitive());
        assertFalse(named("France").get(0).caseSensitive());
        // Two-letter codes such as CLDR's Indonesian short form "AS" come only from the curated list (lang id).
        assertTrue(named("AS").stream().allMatch(e -> e.lang().equals("id")));
    }

    @Test
    void coverage() {
        long codes = G.countries().size();
        assertTrue(codes >= 254, "codes " + codes);
        long langs = G.names().stream().filter(e -> e.entityType().equals("country") && e.kind().equals("name"))
                .map(NameEntry::lang).distinct().count();
        assertTrue(langs >= 40, "languages " + langs);
        for (String lang : List.of("en", "fr", "es", "de", "ru", "zh", "ar", "id", "ja", "pt")) {
            long named = G.names().stream().filter(e -> e.entityType().equals("country") && e.lang().equals(lang))
                    .map(NameEntry::entityId).distinct().count();
            assertTrue(named >= 240, lang + " " + named);
        }
        assertTrue(G.leaderIds().size() > 3000);
        // Every leader has a surname entry for the matcher.
        long withSurname = G.names().stream().filter(e -> e.kind().equals("surname")).map(NameEntry::entityId)
                .distinct().count();
        assertEquals(G.leaderIds().size(), withSurname);
    }

    @Test
    void leaderNamesAreNotLowerCaseCopiesOfCapitals() {
        assertTrue(named("Thatcher").stream().anyMatch(e -> e.text().equals("Thatcher")));
        assertEquals("Margaret Thatcher", G.leaderName(leader("Margaret Thatcher", "GB")));
        assertFalse(G.leaderName(leader("Margaret Thatcher", "GB")).equals("MARGARET THATCHER".toLowerCase(Locale.ROOT)));
    }

    /** The leader a surname means on a day (in office then), or null. */
    static Term surnameOn(String surname, String country, String day) {
        for (NameEntry e : named(surname)) {
            if (!e.entityType().equals("leader") || !e.countryCode().equals(country)) continue;
            Term t = G.termOn(e.entityId(), LocalDate.parse(day));
            if (t != null) return t;
        }
        return null;
    }

    @Test
    void leadersAcrossEras() {
        assertEquals("SU", surnameOn("Stalin", "SU", "1950-06-01").countryCode());
        assertEquals(Roles.EFFECTIVE_LEADER, surnameOn("Mao", "CN", "1960-06-01").role());
        assertEquals(Roles.HEAD_OF_GOVERNMENT, surnameOn("Adenauer", "DE", "1955-06-01").role());
        assertNotNull(surnameOn("Tito", "YU", "1970-06-01"));
        assertNotNull(surnameOn("Honecker", "DD", "1980-06-01"));
        assertEquals(Roles.HEAD_OF_STATE, surnameOn("Yeltsin", "RU", "1995-06-01").role());
        assertEquals(Roles.HEAD_OF_GOVERNMENT, surnameOn("Churchill", "GB", "1952-06-01").role());
        assertEquals(Roles.HEAD_OF_STATE, surnameOn("Mandela", "ZA", "1996-01-01").role());
        assertEquals(Roles.HEAD_OF_GOVERNMENT, surnameOn("Abe", "JP", "2015-01-01").role());
        assertNull(surnameOn("Brown", "GB", "2010-06-01"), "Gordon Brown left on 2010-05-11");
        assertNotNull(surnameOn("Cameron", "GB", "2010-06-01"));
    }

    @Test
    void leaderNamesInOtherLanguages() {
        String putin = leader("Vladimir Putin", "RU");
        for (String n : List.of("Poutine", "Путин", "Путина", "普京", "بوتين")) {
            assertTrue(named(n).stream().anyMatch(e -> e.entityId().equals(putin)), n);
        }
        String zel = leader("Volodymyr Zelenskyy", "UA");
        for (String n : List.of("Selenskyj", "Zelensky", "Зеленский", "Zełenski")) {
            assertTrue(named(n).stream().anyMatch(e -> e.entityId().equals(zel)), n);
        }
        assertTrue(named("习近平").stream().anyMatch(e -> e.entityId().equals(leader("Xi Jinping", "CN"))));
        assertTrue(named("Лукашенко").stream().anyMatch(e -> e.entityId().equals("Q2866")));
    }

    @Test
    void demonymsInSeveralLanguages() {
        for (String[] d : new String[][]{{"German", "DE"}, {"allemand", "DE"}, {"немецкий", "DE"}, {"alemana", "DE"},
                {"niemieckiego", "DE"}, {"deutschen", "DE"}, {"russe", "RU"}, {"российских", "RU"}, {"Soviet", "SU"}}) {
            assertTrue(named(d[0]).stream().anyMatch(e -> e.entityId().equals(d[1]) && e.kind().equals("demonym")), d[0]);
        }
    }
}
