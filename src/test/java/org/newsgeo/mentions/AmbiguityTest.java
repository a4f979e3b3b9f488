package org.newsgeo.mentions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgeo.mentions.Finder.body;
import static org.newsgeo.mentions.Finder.countries;

/** Each known trap of country names in English news, pinned by a sentence. */
class AmbiguityTest {
    @Test
    void longestNameWins() {
        assertEquals(List.of("PG:Papua New Guinea", "SS:South Sudan", "DO:Dominican Republic", "GW:Guinea-Bissau"),
                countries("Papua New Guinea, South Sudan, the Dominican Republic and Guinea-Bissau voted.", "en"));
    }

    @Test
    void nigerIsNotNigeria() {
        assertEquals(List.of("NE:Niger", "NG:Nigeria", "NG:Nigerian"),
                countries("Troops from Niger crossed into Nigeria, a Nigerian official said.", "en"));
    }

    @Test
    void georgiaTheUsState() {
        assertEquals(List.of(), countries("Voters lined up in Atlanta, Georgia, on Tuesday.", "en"));
        assertEquals(List.of(), countries("Georgia's governor signed the bill.", "en"));
        assertEquals(List.of("US:U.S."), countries("The company moved to Savannah, Georgia, U.S.", "en"));
    }

    @Test
    void georgiaInAListOfCountries() {
        assertEquals(List.of("AM:Armenia", "GE:Georgia", "AZ:Azerbaijan"),
                countries("Leaders of Armenia, Georgia and Azerbaijan met on Monday.", "en"));
    }

    @Test
    void georgiaTheCountry() {
        assertEquals(List.of("GE:Georgia", "GE:Georgian"),
                countries("Protesters in Tbilisi urged Georgia to join the EU, Georgian media said.", "en"));
    }

    @Test
    void jordanAndChadAsPeople() {
        assertEquals(List.of(), countries("Michael Jordan bought the team; Jordan Peterson spoke later.", "en"));
        assertEquals(List.of(), countries("Drummer Chad Smith joined the band on stage.", "en"));
        assertEquals(List.of("JO:Jordan", "TD:Chad"), countries("Refugees fled to Jordan and to Chad last year.", "en"));
    }

    @Test
    void turkeyTheBird() {
        assertEquals(List.of(), countries("We ate roast turkey with gravy.", "en"));
        assertEquals(List.of(), countries("The Thanksgiving Turkey was pardoned at the White House.", "en"));
        assertEquals(List.of("TR:Turkey"), countries("Turkey shelled a Kurdish town on Tuesday.", "en"));
    }

    @Test
    void congoFromContext() {
        assertEquals(List.of("CD:Democratic Republic of the Congo"),
                countries("Fighting in the Democratic Republic of the Congo displaced thousands.", "en"));
        assertEquals(List.of("CD:Congo"), countries("Rebels near Goma, DR Congo, seized a town.", "en"));
        assertEquals(List.of("CG:Congo"), countries("Officials in Brazzaville said Congo would hold elections.", "en"));
        assertEquals(List.of("CD:Congo"), countries("Officials in Kinshasa said Congo would hold elections.", "en"));
    }

    @Test
    void koreaFromContext() {
        assertEquals(List.of("KR:Korea"), countries("Korea's exports rose in May.", "en"));
        assertEquals(List.of("KP:Korea"), countries("Pyongyang said Korea would test another missile.", "en"));
    }

    @Test
    void washingtonAsGovernmentStateOrPerson() {
        List<Mention> said = body("Washington said the sanctions would stay.", "en");
        assertEquals(1, said.size());
        assertEquals("US", said.get(0).countryCode);
        assertEquals("capital", said.get(0).matchKind);
        assertEquals(List.of(), body("Washington state passed a new law.", "en"));
        assertEquals(List.of(), body("George Washington crossed the river.", "en"));
        assertEquals(List.of(), body("Denzel Washington won the award.", "en"));
    }

    @Test
    void acronymsAreCaseSensitive() {
        assertEquals(List.of("US:US"), countries("The US said it would help us.", "en"));
    }

    @Test
    void namesInsideOrganisations() {
        List<Mention> ms = body("The Bank of Japan kept rates on hold, Al Jazeera reported.", "en");
        assertEquals(1, ms.size());
        assertEquals("JP", ms.get(0).countryCode);
        assertEquals("in_name", ms.get(0).matchKind);
    }

    @Test
    void demonymsButNotLanguageNames() {
        assertEquals(List.of("RU:Russian", "CN:Chinese"),
                countries("Russian troops and Chinese diplomats met; the talks were held in English.", "en"));
        assertEquals(List.of(), countries("She speaks Russian, and the Russian-language edition sold out.", "en"));
    }

    @Test
    void pluralDemonyms() {
        assertEquals(List.of("RU:Russians", "CA:Canadians"), countries("Russians and Canadians disagreed.", "en"));
    }

    @Test
    void phrasesThatAreNotCountries() {
        assertEquals(List.of(), countries("Prices in Latin America and New Jersey rose by US$5.", "en"));
    }

    @Test
    void offsetsAreThoseOfTheOriginalText() {
        String text = "Ｔｈｅ ﬁrst  visit to   Papua\nNew Guinea by Straße officials.";
        List<Mention> ms = body(text, "en");
        assertEquals(1, ms.size());
        assertEquals("Papua\nNew Guinea", ms.get(0).surface);
        assertTrue(ms.get(0).start > 0);
    }

    @Test
    void aPersonOnceNamedStaysAPerson() {
        assertEquals(List.of(), countries("Reporter Bill Jordan covered the trial. \"It was hard,\" Jordan recalled.", "en"));
    }

    @Test
    void namesOfAnyLanguageTakeEnglishPlurals() {
        assertEquals(List.of("SA:Saudis"), countries("The artillery would help the Saudis modernize.", "en"));
    }

    @Test
    void emojiAndFullWidthFormsKeepOriginalOffsets() {
        List<Mention> ms = Finder.body("🇺🇸 US troops left ＧＥＲＭＡＮＹ and Türkiye’s border.", "en");
        assertEquals(List.of("US", "DE", "TR"), ms.stream().map(m -> m.countryCode).toList());
        assertEquals("ＧＥＲＭＡＮＹ", ms.get(1).surface);
    }
}
