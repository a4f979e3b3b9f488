package org.newsgeo.mentions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgeo.mentions.PlaceTestSupport.places;

/** Each trap of city and region names in news, pinned with a real-looking sentence. */
class PlaceDisambiguationTest {
    @Test
    void cityRegionPatternPicksTheNamesake() {
        assertEquals(List.of("US:Paris:city", "US:Texas:region"),
                places("The storm flattened a church in Paris, Texas, on Sunday night."));
        assertEquals(List.of("US:Reading:city", "US:Pennsylvania:region"),
                places("Police in Reading, Pennsylvania, arrested two men."));
        assertEquals(List.of("US:Mobile:city", "US:Alabama:region"),
                places("The ship docked in Mobile, Alabama, after the hurricane."));
    }

    @Test
    void cityCountryPatternAndCountryKeepsItsMention() {
        List<Mention> ms = PlaceTestSupport.all("Fans gathered in Split, Croatia, for the final.", "en");
        assertTrue(ms.stream().anyMatch(m -> "place".equals(m.entityType) && "HR".equals(m.countryCode)
                && m.surface.equals("Split")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> "country".equals(m.entityType) && "HR".equals(m.countryCode)), ms.toString());
    }

    @Test
    void bigCityNeedsNoContext() {
        assertEquals(List.of("UA:Kharkiv:city"), places("Kharkiv came under fire again on Tuesday night."));
        assertEquals(List.of("GB:Birmingham:city"), places("The factory in Birmingham will close next year."));
    }

    @Test
    void populationPriorAndCoLocation() {
        assertEquals(List.of("GB:Cambridge:city"), places("Researchers in Cambridge published the study."));
        List<String> us = places("Harvard students in Cambridge protested. Massachusetts officials said little.");
        assertTrue(us.contains("US:Cambridge:city"), us.toString());
    }

    @Test
    void personNamesAreNoPlaces() {
        assertEquals(List.of(), places("Florence Pugh starred in the film."));
        assertEquals(List.of(), places("\"We will build it,\" Nelson says. Nelson is the mayor's adviser."));
        assertEquals(List.of(), places("Kyle Reading scored twice in the second half."));
    }

    @Test
    void commonWordsAreNoPlaces() {
        assertEquals(List.of(), places("Nice to meet you, she said."));
        assertEquals(List.of(), places("Along the river, families set up tents."));
        assertEquals(List.of(), places("Of the 40 passengers, three were injured."));
        assertEquals(List.of(), places("Aurora borealis lit the sky over the fjord."));
        assertEquals(List.of(), places("Early in March the council voted again."));
    }

    @Test
    void countryNameWinsOverCity() {
        List<Mention> ms = PlaceTestSupport.all("Lebanon rejected the proposal on Monday.", "en");
        assertEquals(1, ms.size(), ms.toString());
        assertEquals("country", ms.get(0).entityType);
        assertEquals("LB", ms.get(0).countryCode);
    }

    @Test
    void curatedPlacesCarryTheirCountry() {
        assertEquals(List.of("UA:Crimea:region", "RU:Chechnya:region", "GB:Scotland:region"),
                places("Talks covered Crimea, Chechnya and, briefly, Scotland."));
        assertTrue(MentionFinder.shared().find(null, "Crimea", "en", null).isEmpty() == false);
        assertTrue(org.newsgeo.gazetteer.Gazetteer.get().place("place:crimea").disputed());
    }

    @Test
    void countryAliasesStayCountries() {
        // West Bank and Hong Kong are country aliases (PS, HK): the country reading wins over the curated place.
        List<Mention> ms = PlaceTestSupport.all("Settlers in the West Bank clashed; Hong Kong stocks fell.", "en");
        assertEquals(List.of("country:PS", "country:HK"), ms.stream().map(m -> m.entityType + ":" + m.countryCode).toList());
    }

    @Test
    void otherLanguagesUseLocalizedNames() {
        List<String> de = places("Der Bürgermeister von München sagte am Montag ab.", "de");
        assertEquals(List.of("DE:München:city"), de);
        List<String> ru = places("В Харькове снова прозвучали взрывы.", "ru");
        assertTrue(ru.stream().anyMatch(x -> x.startsWith("UA:")), ru.toString());
    }

    @Test
    void scriptsWithoutCapitalsNeedContextForShortNames() {
        // ليل is Lille, and the Arabic word for night.
        assertEquals(List.of(), places("في ليل الأحد قصفت الطائرات المدينة.", "ar"));
        assertEquals(List.of("FR:ليل:city"), places("وصل الرئيس الفرنسي إلى فرنسا ثم إلى ليل.", "ar").stream()
                .filter(x -> x.startsWith("FR:ليل")).toList());
    }
}
