package org.newsgeo.mentions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgeo.mentions.PlaceTestSupport.places;

/**
 * Town names that are words of the article's language, each seen as a false place on the real German,
 * Spanish, Finnish and Russian pages of the metadata corpus; and the namesakes that must stay places.
 */
class PlaceWordsInOtherLanguagesTest {
    @Test
    void germanNounsAfterAnArticleAreNoTowns() {
        // Lage (NRW), Halle (Saale), Essen: German nouns and German towns
        assertEquals(List.of(), places("Die Regierung ist in der Lage, die Halle zu räumen, sagte er beim Essen in Berlin.", "de")
                .stream().filter(x -> !x.contains("Berlin")).toList());
        assertEquals(List.of("DE:Essen:city"), places("Die Polizei in Essen nahm am Montag in Deutschland zwei Männer fest.", "de"));
    }

    @Test
    void germanRegionsKeepTheirArticle() {
        assertTrue(places("Die Wahl im Saarland endete am Sonntag.", "de").contains("DE:Saarland:region"));
    }

    @Test
    void germanGenitiveEndingIsNotForTowns() {
        // Bundes (of the federation) is not Bünde + s, Hamas not Hama + s, Maus not Mau + s
        assertEquals(List.of(), places("Die Kosten des Bundes steigen, die Hamas schweigt, die Maus klickt.", "de"));
        // countries still take it
        List<Mention> ms = PlaceTestSupport.all("Die Zukunft Deutschlands und Frankreichs.", "de");
        assertEquals(List.of("DE", "FR"), ms.stream().map(m -> m.countryCode).toList());
    }

    @Test
    void foreignTownsThatAreWordsNeedTheirCountry() {
        // Corona (California) in German, Думаю ("I think") as Dumai (Indonesia) in Russian, Tämä ("this") as Tama (Japan)
        assertEquals(List.of(), places("Seit Corona arbeiten viele Menschen von zu Hause.", "de"));
        assertEquals(List.of(), places("Думаю, что это правильное решение.", "ru"));
        assertEquals(List.of(), places("Tämä päätös tehtiin eilen.", "fi"));
        // a town of a country where the language is at home needs no country: Valdivia in Spanish (Chile)
        assertEquals(List.of("CL:Valdivia:city"), places("El alcalde de Valdivia anunció nuevas medidas.", "es"));
    }

    @Test
    void saintPetersburgIsRussianUnlessFloridaSaysOtherwise() {
        assertTrue(places("In den Städten St. Petersburg, Kaliningrad und Moskau leben viele Vegetarier.", "de")
                .contains("RU:St. Petersburg:city"));
        assertEquals(List.of("US:St. Petersburg:city", "US:Florida:region"),
                places("The storm hit St. Petersburg, Florida on Sunday.", "en"));
        // "neue Marken" (new brands) is no Italian region
        assertEquals(List.of(), places("Es entstehen immer neue Marken und Produktlinien.", "de"));
    }

    @Test
    void englishInstitutionsAndRegionsFromTheRealPages() {
        // the University of Maryland is not University, Florida; West Midlands Police is in England, not
        // Zimbabwe's Midlands; the Florida Department of Transportation is no department of Uruguay
        assertEquals(List.of("US:Maryland:region"), places("She teaches at the University of Maryland.", "en"));
        assertEquals(List.of("GB:West Midlands:region"), places("West Midlands Police brought in a dispersal order.", "en"));
        assertTrue(places("The Florida Department of Transportation approved the plan.", "en").stream()
                .noneMatch(x -> x.startsWith("UY:")));
    }

    @Test
    void koreanNamesStartAWord() {
        // 비즈니스 (business) ends in 니스 (Nice); particles attach at the end only: 니스에서 is Nice
        assertEquals(List.of(), places("해외 입양 비즈니스의 그늘", "ko"));
        assertEquals(List.of("FR:니스:city"), places("프랑스 니스에서 열린 회의", "ko"));
    }

    @Test
    void vietnameseNameSyllablesAreNoCountries() {
        // Đức is Germany, and a syllable of Hồ Đức Phớc, a minister's name
        assertTrue(PlaceTestSupport.all("Bộ trưởng Tài chính Hồ Đức Phớc cho biết.", "vi").stream()
                .noneMatch(m -> "DE".equals(m.countryCode)));
        assertTrue(PlaceTestSupport.all("Thủ tướng Đức Olaf Scholz đã đến thăm.", "vi").stream()
                .anyMatch(m -> "DE".equals(m.countryCode) && "country".equals(m.entityType)));
    }

    @Test
    void accentedWordsAreNotTheirUnaccentedNamesakes() {
        // ¿Cómo? is the word como, which the article also writes in lower case
        assertEquals(List.of(), places("¿Cómo se llama? Es tan grande como una casa.", "es"));
    }
}
