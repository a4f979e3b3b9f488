package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDatesTest {

    static String read(String lang, String text) {
        DateCandidate c = TextDates.forLanguage(lang).first(text);
        if (c == null) return null;
        return c.hasTime() ? c.local().toString() : c.local().toLocalDate().toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        en    | Published February 25, 2023 at 9:11 pm  | 2023-02-25T21:11
        en    | Sat 25 Feb 2023                         | 2023-02-25
        de    | Stand: 25. Februar 2023, 21:11 Uhr      | 2023-02-25T21:11
        fr    | Publié le 25 février 2023 à 21h11       | 2023-02-25T21:11
        es    | 25 de febrero de 2023                   | 2023-02-25
        id    | Sabtu, 25 Februari 2023 21:11 WIB       | 2023-02-25T21:11
        ru    | 25 февраля 2023 г.                      | 2023-02-25
        ar    | ٢٥ فبراير ٢٠٢٣                          | 2023-02-25
        ar    | 25 فبراير 2023                          | 2023-02-25
        zh    | 2023年2月25日 21:11                      | 2023-02-25T21:11
        ja    | 2023年2月25日                            | 2023-02-25
        ko    | 2023년 2월 25일                          | 2023-02-25
        pt    | 25 de fevereiro de 2023                 | 2023-02-25
        it    | 25 febbraio 2023                        | 2023-02-25
        pl    | 25 lutego 2023                          | 2023-02-25
        tr    | 25 Şubat 2023 Cumartesi                 | 2023-02-25
        hu    | 2023. február 25.                       | 2023-02-25
        de    | 25.02.2023                              | 2023-02-25
        en-US | 02/03/2023                              | 2023-02-03
        en-GB | 02/03/2023                              | 2023-03-02
        fr    | 2023/02/25                              | 2023-02-25
        en-US | 25/02/2023                              | 2023-02-25
        de    | Erstellt 31.10.23                       | 2023-10-31
        de    | 1.2.99                                  | 1999-02-01
        """)
    void readsWrittenDates(String lang, String text, String expected) {
        assertEquals(expected, read(lang, text));
    }

    @Test
    void ambiguousMonthNamesFollowThePageLanguage() {
        // "listopad" is November in Polish and October in Croatian.
        assertEquals("2023-11-05", read("pl", "5 listopad 2023"));
        assertEquals("2023-10-05", read("hr", "5 listopad 2023"));
    }

    @Test
    void ignoresNonDates() {
        assertNull(read("en", "Copyright 2023. All rights reserved."));
        assertNull(read("en", "May I ask 25 questions in 2023?"));
        assertNull(read("de", "Version 1.2.3"));
        assertNull(read("de", "Version 1.10.23.4"));
        assertNull(read("de", "v2.10.23"));
        assertNull(read("en", "February 2023"));
    }

    @Test
    void pageLanguageTagsAreKeyedByWhatCldrKnowsSoJunkCannotGrowTheCache() {
        assertEquals("en-US", TextDates.cacheKey(" en_us "));
        assertEquals("en-GB", TextDates.cacheKey("EN-gb"));
        assertEquals("de-DE", TextDates.cacheKey("de-DE-1996"), "variant dropped");
        assertEquals("de", TextDates.cacheKey("de-XQ"), "unknown region dropped");
        assertEquals("", TextDates.cacheKey("{{lang}}"));
        assertEquals("", TextDates.cacheKey("qqxyzzy"));
        // The month-day order still follows the region where CLDR has one.
        assertEquals("2023-02-03", read("en-US", "02/03/2023"));
        assertEquals("2023-03-02", read("en_gb", "02/03/2023"));
    }
}
