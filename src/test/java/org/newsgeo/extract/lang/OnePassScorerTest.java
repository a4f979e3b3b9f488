package org.newsgeo.extract.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgeo.extract.Article;
import org.newsgeo.extract.ArticleExtractor;
import org.newsgeo.ingest.Charsets;
import org.newsgeo.ingest.SourceRecord;

/**
 * The one-pass scorer gives Lingua's own confidence values, equal (not close) and in the same order, on
 * real article samples in several scripts. It reads Lingua's model files and mirrors its arithmetic: a
 * Lingua upgrade that changes either fails here rather than shifting answers silently.
 */
class OnePassScorerTest {
    private static final NgramModels MODELS = new NgramModels(Language.all().toArray(new Language[0]));
    private static final Map<String, com.github.pemistahl.lingua.api.LanguageDetector> LINGUA = Map.of(
            "latin", lowAccuracy(Language.allWithLatinScript()), "cyrillic", lowAccuracy(Language.allWithCyrillicScript()),
            "arabic", lowAccuracy(Language.allWithArabicScript()), "all", lowAccuracy(Language.all()));

    private static com.github.pemistahl.lingua.api.LanguageDetector lowAccuracy(List<Language> languages) {
        return LanguageDetectorBuilder.fromLanguages(languages.toArray(new Language[0])).withLowAccuracyMode().build();
    }

    /** The samples detect() reads: the quick look, the whole sample, and the title alone. */
    static Stream<Arguments> samples() throws Exception {
        List<Arguments> samples = new ArrayList<>();
        for (String file : List.of("ahlen.de.reparaturcafe.html.gz", "verfassungsblog.de.decade.html.gz",
                "medef.fr.dispute.html.gz", "d32ad974a4b04657bb6e4d91852bd52d.html.gz")) {
            Article a = new ArticleExtractor().extract(SourceRecord.html("pages.warc.gz", 0, "https://example.org/",
                    Instant.parse("2024-01-01T00:00:00Z"), "text/html", resource("/extract/lang/" + file)));
            addSamples(samples, file, a.title, a.body);
        }
        for (String file : List.of("/extract/lang/newspaper3k-arabic.txt", "/extract/lang/newspaper3k-thai.txt",
                "/seed/000_f4c58d0a6c39779f.txt")) {
            addSamples(samples, file, null, new String(resource(file), StandardCharsets.UTF_8));
        }
        String russian = Jsoup.parse(Charsets.decode(resource("/charset/01spb.ru-company.windows-1251.html"), null)).body().text();
        addSamples(samples, "01spb.ru", null, russian);
        return samples.stream();
    }

    private static void addSamples(List<Arguments> samples, String name, String title, String body) {
        String sample = LanguageDetector.sample(title, body);
        samples.add(Arguments.of(name + " (quick look)", sample.substring(0, Math.min(sample.length(), LanguageDetector.QUICK_CHARS))));
        samples.add(Arguments.of(name, sample));
        if (title != null) samples.add(Arguments.of(name + " (title)", title));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sameConfidenceValuesAsLinguaInTheSameOrder(String name, String text) {
        for (Map.Entry<String, com.github.pemistahl.lingua.api.LanguageDetector> d : LINGUA.entrySet()) {
            SortedMap<Language, Double> lingua = d.getValue().computeLanguageConfidenceValues(text);
            SortedMap<Language, Double> ours = new OnePassScorer(d.getValue(), MODELS).confidenceValues(text);
            assertEquals(List.copyOf(lingua.entrySet()), List.copyOf(ours.entrySet()), d.getKey() + " detector");
        }
    }

    @Test
    void aLatinSampleIsScoredForEveryLatinLanguage() throws Exception {
        // Not a rule shortcut: the German town news is told apart from ~40 Latin-script languages by its n-grams.
        String text = samples().filter(a -> a.get()[0].equals("ahlen.de.reparaturcafe.html.gz")).findFirst().orElseThrow().get()[1].toString();
        SortedMap<Language, Double> values = new OnePassScorer(LINGUA.get("latin"), MODELS).confidenceValues(text);
        assertEquals(Language.GERMAN, values.firstKey());
        assertTrue(values.size() > 30, values.size() + " languages");
    }

    @Test
    void modelFilesAreReadWithLinguasArithmetic() {
        List<Long> keys = new ArrayList<>();
        List<Float> probabilities = new ArrayList<>();
        ModelFile.parse("{\"language\":\"GERMAN\",\"ngrams\":{\"3/95\":\"će ćx\", \"1/1\":\"ą\"}}", (k, p) -> {
            keys.add(k);
            probabilities.add(p);
        });
        assertEquals(List.of(NgramModels.key("će", 0, 2), NgramModels.key("ćx", 0, 2), NgramModels.key("ą", 0, 1)), keys);
        assertEquals(List.of(3f / 95, 3f / 95, 1f), probabilities);
        assertThrows(IllegalStateException.class, () -> ModelFile.parse("{\"ngrams\":{\"3/95\":\"\\u0107e\"}}", (k, p) -> { }),
                "an escape is not Lingua 1.2.2's format");
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = OnePassScorerTest.class.getResourceAsStream(path)) {
            byte[] b = in.readAllBytes();
            return path.endsWith(".gz") ? new GZIPInputStream(new java.io.ByteArrayInputStream(b)).readAllBytes() : b;
        }
    }
}
