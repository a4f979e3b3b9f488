package org.newsgeo.extract.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgeo.extract.Article;
import org.newsgeo.extract.ArticleExtractor;
import org.newsgeo.extract.ExtractException;
import org.newsgeo.ingest.SourceRecord;

/** The body's language on real articles; the page's declared language only breaks near-ties. */
class LanguageDetectorTest {
    private static final LanguageDetector DETECTOR = LanguageDetector.shared();

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = LanguageDetectorTest.class.getResourceAsStream(path)) {
            byte[] b = in.readAllBytes();
            return path.endsWith(".gz") ? new GZIPInputStream(new java.io.ByteArrayInputStream(b)).readAllBytes() : b;
        }
    }

    @ParameterizedTest
    @CsvSource({"newspaper3k-arabic.txt, ar", "newspaper3k-thai.txt, th", "newspaper3k-japanese2.txt, ja"})
    void goldTextsOfNewspaper3kInTheirLanguage(String file, String lang) throws IOException {
        String text = new String(resource("/extract/lang/" + file), StandardCharsets.UTF_8);
        assertEquals(lang, DETECTOR.detect(null, text, null));
        assertEquals(lang, DETECTOR.detect(null, text, "en"), "a wrong declared language does not override clear text");
    }

    /**
     * Real pages whose {@code <html lang>} is the site's default, not the article's: the German town news
     * declared "en", the English essay on a German blog declared "de", the English page of a French site
     * declared "fr". The text decides.
     */
    @ParameterizedTest
    @CsvSource({
        "ahlen.de.reparaturcafe.html.gz, https://www.ahlen.de/start/aktuelles/aktuelle/information/nachricht/aus-ahlen/reparaturcafe-am-31-januar/, en, de",
        "verfassungsblog.de.decade.html.gz, https://verfassungsblog.de/the-first-decade/, de, en",
        "medef.fr.dispute.html.gz, http://www.medef.com/en/content/alternative-dispute-resolution-for-antitrust-damages, fr, en"})
    void theTextOutweighsASiteDefaultLanguageTag(String file, String url, String declared, String lang) throws Exception {
        byte[] html = resource("/extract/lang/" + file);
        String tag = Jsoup.parse(new String(html, StandardCharsets.UTF_8)).selectFirst("html").attr("lang");
        assertTrue(tag.startsWith(declared), "the page declares " + tag);
        assertEquals(lang, extract(html, url).language);
    }

    @Test
    void theDeclaredLanguageBreaksANearTie() throws Exception {
        // A German column that opens with an English quotation: on its first 400 characters English
        // leads German by a hair, and the page says German.
        byte[] html = resource("/extract/lang/d32ad974a4b04657bb6e4d91852bd52d.html.gz");
        Article a = extract(html, "https://www.tichyseinblick.de/kolumnen/spahns-spitzwege/no-peace-for-our-time-pence-syrien-und-die-tuerkei/");
        assertEquals("en", DETECTOR.detect(a.title, a.body, null), "the text alone leans English");
        assertEquals("de", a.language);
        // Indonesian and Malay are as close: the seed article is Indonesian by itself and as declared.
        String seed = new String(resource("/seed/000_f4c58d0a6c39779f.txt"), StandardCharsets.UTF_8);
        assertEquals("id", DETECTOR.detect(null, seed, null));
        assertEquals("id", DETECTOR.detect(null, seed, "in"), "Java's legacy code for Indonesian");
        assertEquals("ms", DETECTOR.detect(null, seed, "ms-MY"), "a page declaring Malay keeps it");
    }

    @Test
    void tooLittleTextFallsBackToTheDeclaredLanguage() {
        assertEquals("de", DETECTOR.detect("Wetter", "", "de-AT"));
        assertNull(DETECTOR.detect("Wetter", "", null));
        assertNull(DETECTOR.detect("Wetter", "", "{{lang}}"), "junk is not a language");
    }

    private static Article extract(byte[] html, String url) throws ExtractException {
        return new ArticleExtractor().extract(SourceRecord.html("pages.warc.gz", 0, url,
                Instant.parse("2024-01-01T00:00:00Z"), "text/html", html));
    }
}
