package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Date boxes: day, month and year printed as separate parts, spaced out ("26 | 01 | 2022") or in
 * elements of their own ("<span>Apr</span> <span>04</span><span>2013</span>"). Real pages from
 * the trafilatura / htmldate evaluation sets (Apache-2.0).
 */
class DateBoxesTest {

    @Test
    void spacedSeparatorsWithAFourDigitYear() {
        assertEquals("2022-01-26", TextDatesTest.read("de", "26 | 01 | 2022"));
        assertEquals("2022-01-26", TextDatesTest.read("de", "26 / 01 / 2022"));
        assertEquals("2022-01-26", TextDatesTest.read("de", "2022 - 01 - 26"));
        // Without a four-digit year, spaced numbers are scores, ranges or counts.
        assertNull(TextDatesTest.read("de", "3 - 1 - 22"));
        assertNull(TextDatesTest.read("de", "26 | 01 2022"));
    }

    @Test
    void spacedDateInATableAboveTheArticle() throws IOException {
        // petri-heil.ch prints "26 | 01 | 2022" in a table cell next to the categories and the author.
        String url = "https://www.petri-heil.ch/de/bielerseewinterhechte--1026";
        assertEquals("2022-01-26", MetadataExtractorTest.publishedDay("petri-heil-ch-hechte.html.gz", url));
    }

    @Test
    void dayMonthAndYearInSpansOfTheirOwn() throws IOException {
        // A WordPress theme prints <div class="date"><span class="month">Apr</span> <span class="day">04</span>
        // <span class="year">2013</span></div>: as one text "Apr 042013", which reads as no date.
        String url = "https://web.archive.org/web/20131110121040/http://www.peptalks.de/haben-sich-mozarts-eltern-wegen-seiner-schulnoten-gesorgt/";
        assertEquals("2013-04-04", MetadataExtractorTest.publishedDay("archive.peptalks.de.schulnoten.html.gz", url));
    }
}
