package org.newsgeo.extract.body;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Which blocks make the article, on trafilatura evaluation pages (see NOTICE) whose gold snippets
 * (tests/evaldata.json) say what must and must not be in the main text.
 */
class BlockChoiceTest {
    private final BodyExtractor extractor = new BodyExtractor();

    private String body(String name, String url) throws IOException {
        return extractor.extract(BodyExtractorTest.page("body/" + name, url));
    }

    @Test
    void boilerplateNameOnTheArticlesWrapperIsNotAVerdict() throws IOException {
        // the whole post sits in "entry themeform share": a theme's name, the page's prose is inside
        String b = body("limespace.de.entloeten.html.gz", "https://www.limespace.de/2019/10/22/professionell-entloeten/");
        assertTrue(b.contains("Haushaltsgeräte, die verrücktspielen"), b);
        assertTrue(b.contains("das Verzinnen der Pins"));
        assertTrue(b.contains("Entlötstation und einigen Handgriffen"));
        assertFalse(b.contains("Das könnte Dich auch interessieren"), "related posts");
        assertFalse(b.contains("Diese Website verwendet Akismet"), "comment form notice");
    }

    @Test
    void theLetterNotItsListOfSignatories() throws IOException {
        // a table of "Name, affiliation" lines holds more commas than the letter's prose
        String b = body("harpers.org.justice.html.gz", "https://harpers.org/a-letter-on-justice-and-open-debate/");
        int letter = b.indexOf("Our cultural institutions are facing a moment of trial");
        assertTrue(letter >= 0, b);
        assertTrue(b.contains("expect the public or the state to defend it for us."));
        assertTrue(b.indexOf("Saladin Ambar, Rutgers University") > letter, "the signatures follow the letter");
        assertFalse(b.contains("Customer Care"));
    }

    @Test
    void siblingSectionsOfOnePageAreJoined() throws IOException {
        // no block holds 80% of the prose; the one holding three times the best block's prose is the page
        String b = body("jodel.com.advertising.html.gz", "https://advertising.jodel.com/");
        assertTrue(b.contains("Was sorgt dafür, dass deine Marke auf Jodel sicher ist?"), b);
        assertTrue(b.contains("Visuelle und Text-Posts werden in einer 2. Stufe"));
        assertFalse(b.contains("All Rights Reserved."));
    }

    @Test
    void leadParagraphBetweenHeadlineAndBodyOpensTheText() throws IOException {
        String b = body("pronats.de.arbeit.html.gz", "https://www.pronats.de/informationen/kindheit-und-arbeit/kinder-und-arbeit/");
        assertTrue(b.startsWith("Nicht die Arbeit ist für die"), b);
        assertTrue(b.contains("Wir bestehen deshalb darauf"));
        assertTrue(b.contains("Einmal begleiteten wir eine"));
        assertFalse(b.contains("ProNATs - Verein zur Unterstützung arbeitender"), "site footer");
    }

    @Test
    void paragraphSectionsBehindWrappersAreJoined() throws IOException {
        // each paragraph sits in "section.detail-body > section.body-content": the wrappers add no text
        String b = body("ambito.com-paritarias.html.gz", "https://www.ambito.com/politica/paritarias/al-rojo-n5431248");
        assertTrue(b.contains("sindicato irá hoy a una audiencia"), b);
        assertTrue(b.contains("cerró en 52,7% y en base"));
        assertTrue(b.contains("Se trata de un informe interno que"));
        assertFalse(b.contains("Suscribite a nuestro"), "newsletter box");
    }

    @Test
    void readAlsoLinesInsideTheArticleAreLeftOut() throws IOException {
        // "Lea también: <a>headline</a>": a label and a link to another story, mostly link text
        String b = body("100noticias.com-millones.html.gz", "https://100noticias.com.ni/economia/millones");
        assertTrue(b.contains("informó este martes el Banco Central nicaragüense."), b);
        assertTrue(b.contains("servicios sociales, salud y educación (5,9 %), entre otras."));
        assertFalse(b.contains("Impiden ingreso a Nicaragua"), "read-also line");
    }
}
