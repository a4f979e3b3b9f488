package org.newsgeo.mentions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgeo.mentions.Finder.countries;

/** Real-looking news sentences in many languages; names from CLDR, inflected forms from the suffix tables. */
class MultilingualTest {
    @Test
    void indonesian() {
        assertEquals(List.of("CN:Tiongkok", "RU:Rusia"),
                countries("Tiongkok menyerukan gencatan senjata antara Rusia dan Ukraina", "id").subList(0, 2));
    }

    @Test
    void chineseWithoutSpaces() {
        assertEquals(List.of("CN:中国", "RU:俄罗斯", "UA:乌克兰"), countries("中国外交部表示，俄罗斯和乌克兰应当恢复和谈。", "zh"));
    }

    @Test
    void russianCaseEndings() {
        assertEquals(List.of("RU:России", "CN:Китаем", "UA:Украину", "BY:Беларуси"),
                countries("Визит президента России укрепит связи с Китаем, заявили в Киеве, критикуя удары по Украину и Беларуси.", "ru"));
    }

    @Test
    void ukrainianCaseEndings() {
        assertEquals(List.of("UA:України", "RU:Росією"), countries("Президент України провів переговори з Росією.", "uk"));
    }

    @Test
    void arabicCliticPrefixes() {
        List<String> got = countries("التقى وزير الخارجية الروسي بنظيره في بروسيا ومصر والسعودية.", "ar");
        assertTrue(got.contains("RU:روسيا"), got.toString());
        assertTrue(got.contains("EG:مصر"), got.toString());
        assertTrue(got.contains("SA:السعودية"), got.toString());
        List<String> withArticle = countries("قال مسؤول في الصين إن العلاقات مع المغرب جيدة.", "ar");
        assertTrue(withArticle.contains("CN:الصين"), withArticle.toString());
        assertEquals(List.of("CN:لصين"), countries("زيارة للصين", "ar"));
    }

    @Test
    void persian() {
        assertEquals(List.of("IR:ایران", "RU:روسیه"), countries("وزیر امور خارجه ایران با همتای خود در روسیه دیدار کرد.", "fa"));
    }

    @Test
    void spanish() {
        assertEquals(List.of("MX:México", "US:Estados Unidos"),
                countries("El presidente de México viajará a Estados Unidos la próxima semana.", "es"));
    }

    @Test
    void germanGenitive() {
        assertEquals(List.of("DE:Deutschlands", "FR:Frankreich"),
                countries("Die Regierung Deutschlands will mit Frankreich enger zusammenarbeiten.", "de"));
    }

    @Test
    void french() {
        assertEquals(List.of("FR:France", "DZ:Algérie"), countries("La France et l’Algérie ont signé un accord.", "fr"));
    }

    @Test
    void portuguese() {
        assertEquals(List.of("BR:Brasil", "AR:Argentina"), countries("O Brasil e a Argentina assinaram um acordo comercial.", "pt"));
    }

    @Test
    void polishCaseEndings() {
        assertEquals(List.of("PL:Polski", "RU:Rosji", "UA:Ukrainy"),
                countries("Prezydent Polski ostrzegł przed agresją Rosji wobec Ukrainy.", "pl"));
    }

    @Test
    void czechCaseEndings() {
        assertEquals(List.of("DE:Německa"), countries("Kancléř Německa přijel do Prahy.", "cs"));
    }

    @Test
    void finnishCaseEndings() {
        assertEquals(List.of("FI:Suomen", "RU:Venäjän"), countries("Suomen hallitus tuomitsi Venäjän hyökkäyksen.", "fi"));
    }

    @Test
    void japanese() {
        assertEquals(List.of("JP:日本", "US:アメリカ"), countries("日本政府はアメリカとの首脳会談を発表した。", "ja"));
    }

    @Test
    void turkishApostropheSuffix() {
        assertEquals(List.of("TR:Türkiye", "RU:Rusya"), countries("Türkiye'nin Rusya ile ilişkileri gelişiyor.", "tr"));
    }

    @Test
    void koreanParticles() {
        assertEquals(List.of("JP:일본"), countries("일본은 회담을 제안했다.", "ko"));
        assertEquals(List.of("KR:한국", "KP:북한"), countries("한국의 대통령은 북한을 비판했다.", "ko"));
    }

    @Test
    void namesOfAnotherLanguageInTheSameScriptAreGated() {
        assertEquals(List.of(), Finder.body("Это самое известное блюдо шефа Анн-Софи Пик.", "ru"));
        assertEquals(1, Finder.body("Об этом сообщили власти Самоа.", "ru").size());
    }

    @Test
    void everyCapitalisedWordOfANameMustBeCapitalised() {
        assertEquals(List.of(), Finder.body("Prices hit the bottom last week.", "en"));
        assertEquals(1, Finder.body("He flew to The Bottom, the capital of Saba.", "en").size());
    }
}
