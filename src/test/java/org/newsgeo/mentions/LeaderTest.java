package org.newsgeo.mentions;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgeo.mentions.Finder.body;

/** Leaders: full names, surnames once established or titled, roles and office at the article's date. */
class LeaderTest {
    private static List<String> leaders(String text, String lang, LocalDate date) {
        return body(text, lang, date).stream().filter(m -> m.entityType.equals("leader"))
                .map(m -> m.entityName + "/" + m.surface + "/" + m.role + "/" + m.inOffice).toList();
    }

    private static List<String> leaders(String text, String lang) {
        return leaders(text, lang, LocalDate.of(2023, 6, 1));
    }

    @Test
    void fullNameThenSurname() {
        assertEquals(List.of("Vladimir Putin/Vladimir Putin/head_of_state/true", "Vladimir Putin/Putin/head_of_state/true"),
                leaders("Vladimir Putin met officials on Monday. Later Putin said talks would resume.", "en"));
    }

    @Test
    void shortSurnameNeedsEvidence() {
        assertEquals(List.of(), leaders("Xi arrived late, said the coach.", "en"));
        assertEquals(List.of("Xi Jinping/Xi/head_of_state/true"), leaders("President Xi arrived in Moscow.", "en"));
        assertEquals(List.of("Xi Jinping/Xi/head_of_state/true"), leaders("Presiden Xi tiba di Moskow.", "id"));
    }

    @Test
    void titleAndSurname() {
        assertEquals(List.of("Joko Widodo/Jokowi/head_of_state/true"), leaders("Presiden Jokowi membuka rapat.", "id"));
        assertEquals(List.of("Vladimir Putin/Putin/head_of_state/true"), leaders("Mr Putin did not answer.", "en"));
    }

    @Test
    void formerLeaderIsFoundOutOfOffice() {
        assertEquals(List.of("Angela Merkel/Angela Merkel/head_of_government/false"),
                leaders("Angela Merkel visited the city in 2023.", "en", LocalDate.of(2023, 6, 1)));
        assertEquals(List.of("Angela Merkel/Angela Merkel/head_of_government/true"),
                leaders("Angela Merkel visited the city.", "en", LocalDate.of(2015, 6, 1)));
    }

    @Test
    void sameSurnameOtherPerson() {
        List<String> got = leaders("Kim Jong Un watched the launch. Kim Yo Jong issued a statement.", "en");
        assertEquals(List.of("Kim Jong Un/Kim Jong Un/effective_leader/true"), got);
    }

    @Test
    void roleDependsOnDate() {
        assertEquals(List.of("Qin Gang/Qin Gang/foreign_minister/false"),
                leaders("Qin Gang met his counterpart.", "en", LocalDate.of(2023, 9, 1)));
    }

    @Test
    void nonLatinNames() {
        List<String> zh = leaders("习近平主席会见了来访的外宾。", "zh");
        assertEquals(List.of("Xi Jinping/习近平/head_of_state/true"), zh);
        List<String> ru = leaders("Владимир Путин провёл совещание. Путина поддержали.", "ru");
        assertEquals(2, ru.size(), ru.toString());
    }

    @Test
    void countryAndLeaderTogether() {
        List<Mention> ms = body("Turkish President Recep Tayyip Erdoğan spoke to President Macron by phone.", "en");
        assertTrue(ms.stream().anyMatch(m -> m.entityType.equals("country") && m.countryCode.equals("TR")));
        assertTrue(ms.stream().anyMatch(m -> "Emmanuel Macron".equals(m.entityName)));
        assertFalse(ms.stream().anyMatch(m -> m.surface.equals("Tayyip")));
    }

    @Test
    void bareSurnameWithoutEvidenceIsNobody() {
        assertEquals(List.of(), leaders("Macron, the bakery owner, said prices rose.", "en"));
    }
}
