package org.newsgeo.extract.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Detects the language of an article with Lingua on a short sample: the title and the start of the body
 * carry the language as well as the whole text does, at a fraction of the cost. The page's declared
 * language only breaks near-ties (pages often declare a site default, not the article's language).
 */
public final class LanguageDetector {
    /** Characters of body text sampled; Lingua's cost grows with the sample. */
    static final int SAMPLE_CHARS = 400;
    /** Characters of the first, quick look; and how far ahead (share of the top confidence) counts as clear. */
    static final int QUICK_CHARS = 150;
    static final double CLEAR_LEAD = 0.9;
    /**
     * A declared language wins when Lingua gives it at least this share of the top confidence. Real
     * near-ties (Indonesian and Malay, 0.95-0.98 on news text) sit above it; an unrelated language
     * scores 0.6-0.85 on a 400-character sample, and sites often declare a default ("en" on German
     * WordPress blogs), so a lower bar let that default override clear text.
     */
    static final double HINT_MARGIN = 0.9;

    private static volatile LanguageDetector shared;

    /**
     * Lingua's detectors per script (comparing a Cyrillic text with Latin-script models only costs
     * time), each scored in one pass over the merged models: Lingua's values, over ten times faster.
     */
    private final Map<Character.UnicodeScript, OnePassScorer> byScript = new EnumMap<>(Character.UnicodeScript.class);
    private final OnePassScorer all;

    private LanguageDetector() {
        NgramModels models = new NgramModels(Language.all().toArray(new Language[0]));
        byScript.put(Character.UnicodeScript.LATIN, build(Language.allWithLatinScript(), models));
        byScript.put(Character.UnicodeScript.CYRILLIC, build(Language.allWithCyrillicScript(), models));
        byScript.put(Character.UnicodeScript.ARABIC, build(Language.allWithArabicScript(), models));
        byScript.put(Character.UnicodeScript.DEVANAGARI, build(Language.allWithDevanagariScript(), models));
        all = build(Language.all(), models);
    }

    private static OnePassScorer build(java.util.List<Language> languages, NgramModels models) {
        return new OnePassScorer(LanguageDetectorBuilder.fromLanguages(languages.toArray(new Language[0]))
                .withLowAccuracyMode().build(), models);
    }

    /** One detector per JVM: its models take a while to load and are read-only afterwards. */
    public static LanguageDetector shared() {
        LanguageDetector d = shared;
        if (d == null) {
            synchronized (LanguageDetector.class) {
                if (shared == null) shared = new LanguageDetector();
                d = shared;
            }
        }
        return d;
    }

    /** ISO 639-1 code of the text, or null when there is too little text to tell. */
    public String detect(String title, String body, String declared) {
        String sample = sample(title, body);
        String hint = declaredCode(declared);
        if (sample.codePointCount(0, sample.length()) < 12) return hint;
        Character.UnicodeScript script = Scripts.dominant(sample);
        String byItself = Scripts.language(script, sample);
        if (byItself != null) return byItself;
        OnePassScorer scorer = byScript.getOrDefault(script, all);
        if (sample.length() > QUICK_CHARS) {
            // Most articles are plain from their first line: one language far ahead on a short
            // sample settles it at a third of the cost. A close call, or a page declaring another
            // language, is read on the whole sample.
            Language quick = clearLead(scorer.confidenceValues(sample.substring(0, QUICK_CHARS)));
            if (quick != null && (hint == null || hint.equals(code(quick)))) return code(quick);
        }
        SortedMap<Language, Double> conf = scorer.confidenceValues(sample);
        if (conf.isEmpty()) return hint;
        Map.Entry<Language, Double> best = null;
        for (Map.Entry<Language, Double> e : conf.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) best = e;
        }
        if (hint != null) {
            for (Map.Entry<Language, Double> e : conf.entrySet()) {
                if (code(e.getKey()).equals(hint) && e.getValue() >= best.getValue() * HINT_MARGIN) return hint;
            }
        }
        return code(best.getKey());
    }

    /** The language ahead of every other by a wide margin, or null. */
    private static Language clearLead(SortedMap<Language, Double> conf) {
        Language top = null;
        double best = 0, second = 0;
        for (Map.Entry<Language, Double> e : conf.entrySet()) {
            double v = e.getValue();
            if (v > best) {
                second = best;
                best = v;
                top = e.getKey();
            } else if (v > second) {
                second = v;
            }
        }
        return top != null && second < best * CLEAR_LEAD ? top : null;
    }

    static String sample(String title, String body) {
        StringBuilder sb = new StringBuilder();
        if (title != null) sb.append(title).append(". ");
        if (body != null) sb.append(body, 0, Math.min(body.length(), SAMPLE_CHARS));
        return sb.toString();
    }

    static String code(Language l) {
        return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /** "en-US", "pt_BR", "id" -> "en", "pt", "id"; null for anything that is not a language tag. */
    static String declaredCode(String declared) {
        if (declared == null || declared.isBlank()) return null;
        String lang = Locale.forLanguageTag(declared.trim().replace('_', '-')).getLanguage();
        if (lang.equals("in")) lang = "id";   // Java's legacy code for Indonesian
        if (lang.equals("iw")) lang = "he";
        return lang.length() == 2 ? lang : null;
    }
}
