package org.newsgeo.mentions;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FocusCountriesTest {
    @Test
    void titleAndLeadOutweighPassingMentions() {
        List<Mention> ms = Finder.FINDER.find("Belarus leader to visit China",
                "President Alexander Lukashenko will travel to Beijing. Minsk depends on Russia. "
                        + "Lukashenko met Xi Jinping in Samarkand last year. Japan and France were not mentioned much.",
                "en", LocalDate.of(2023, 2, 25));
        assertEquals(List.of("BY", "CN"), MentionFinder.focusCountries(ms, 2));
    }
}
