package org.newsgeo.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgeo.extract.Article;

/** The seed article (an Indonesian news page copied as text) and small variants of its layout. */
class TextArticleParserTest {

    static String seed() throws IOException {
        try (InputStream in = TextArticleParserTest.class.getResourceAsStream("/seed/000_f4c58d0a6c39779f.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void seedLayout() throws IOException {
        Article a = new TextArticleParser().parse(seed());
        assertEquals("Presiden Belarusia Sekutu Dekat Putin Kunjungi Tiongkok Pekan Depan", a.title);
        assertEquals(List.of("Willy Haryono"), a.authors);
        assertEquals("2023-02-25T21:11", a.publishedLocal);
        assertEquals("text", a.dateSource);
        assertTrue(a.imageCaption.startsWith("Presiden Belarusia Alexander Lukashenko (kiri) berjabat tangan"));
        assertFalse(a.imageCaption.contains("\n"), "the repeated caption is kept once");
        assertTrue(a.body.startsWith("Beijing: Presiden Belarusia Alexander Lukashenko akan mengunjungi Tiongkok"));
        assertTrue(a.body.endsWith("kata Qin kepada Aleinik."), a.body);
        for (String junk : List.of("Baca juga", "Jangan lupa ikuti", "Google News", "TERKAIT", "FOLLOW US", "(WIL)",
                "Andrea VERDELLI", "Willy Haryono")) {
            assertFalse(a.body.contains(junk), junk);
        }
        assertFalse(a.body.contains("\n\n"), "one paragraph per line");
    }

    @Test
    void englishBylineWithZone() {
        Article a = new TextArticleParser().parse("""
                Leaders meet in Geneva

                By Jane Doe and John Roe | March 3, 2024 10:30 GMT
                GENEVA (Reuters) - Leaders met on Sunday to discuss the ceasefire, officials said.
                The talks will continue on Monday.

                Read more: Other story
                Follow us on X
                """);
        assertEquals("Leaders meet in Geneva", a.title);
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors);
        assertEquals("2024-03-03T10:30Z", a.publishedLocal);
        assertEquals("2024-03-03T10:30:00Z", a.publishedAt.toString());
        assertNull(a.imageCaption);
        assertEquals("GENEVA (Reuters) - Leaders met on Sunday to discuss the ceasefire, officials said.\n"
                + "The talks will continue on Monday.", a.body);
    }

    @Test
    void russianMonthsInGenitiveAndWibZone() {
        assertEquals("2023-02-25", BylineDates.find("Иван Петров, 25 февраля 2023").local());
        assertEquals("2023-02-25T07:11:00Z", BylineDates.find("Senin, 25 Februari 2023 14:11 WIB").utc().toString());
        assertEquals("2019-04-30", BylineDates.find("30. April 2019").local());
        assertEquals("2021-05-04", BylineDates.find("4 de mayo de 2021").local());
        assertNull(BylineDates.find("no date here, 2019 was a year"));
    }
}
