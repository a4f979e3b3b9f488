package org.newsgeo.extract.lang;

import com.github.pemistahl.lingua.api.Language;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lingua 1.2.2's low-accuracy confidence values, computed in one pass over the text's n-grams.
 *
 * <p>Lingua looks every trigram of the text up in every candidate language's model separately (and
 * backs off to the bigram and unigram prefix where a language lacks it): ~45 Latin-script languages
 * times a few hundred n-grams, most of the detection time. Here each n-gram is looked up once in the
 * merged {@link NgramModels} and adds its log-probability to every candidate language at once. The
 * rest is Lingua's own code or its exact arithmetic: its text clean-up, word split and rule filters
 * are called on the Lingua detector (Kotlin-internal members, public in the bytecode: a Lingua upgrade
 * that renames them breaks the build, and one that changes the maths fails OnePassScorerTest); the
 * n-grams are summed in the order of Lingua's hash set, as floats, so the values are equal, not close.
 */
final class OnePassScorer {
    private static final int LANGUAGES = Language.values().length;

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final NgramModels models;

    /** {@code lingua} must be a low-accuracy detector: its candidate languages and rules are used. */
    OnePassScorer(com.github.pemistahl.lingua.api.LanguageDetector lingua, NgramModels models) {
        if (!lingua.isLowAccuracyModeEnabled$lingua()) throw new IllegalArgumentException("reproduces the low-accuracy mode only");
        this.lingua = lingua;
        this.models = models;
    }

    /** What {@code lingua.computeLanguageConfidenceValues(text)} returns, in the same order. */
    SortedMap<Language, Double> confidenceValues(String text) {
        TreeMap<Language, Double> values = new TreeMap<>();
        String cleaned = lingua.cleanUpInputText$lingua(text);
        if (cleaned.isEmpty() || !hasLetter(cleaned, 0, cleaned.length())) return values;
        List<String> words = lingua.splitTextIntoWords$lingua(cleaned);
        Language byRules = lingua.detectLanguageWithRules$lingua(words);
        if (byRules != Language.UNKNOWN) {
            values.put(byRules, 1.0);
            return values;
        }
        Set<Language> candidates = lingua.filterLanguagesByRules$lingua(words);
        if (candidates.size() == 1) {
            values.put(candidates.iterator().next(), 1.0);
            return values;
        }
        if (cleaned.length() < 3) return values;   // low-accuracy mode reads trigrams only
        float[] sums = sumsOfLogProbabilities(trigrams(cleaned), candidates);
        float highest = 0;
        for (Language l : candidates) {
            float s = sums[l.ordinal()];
            if (s < 0 && (highest == 0 || s > highest)) highest = s;
        }
        if (highest == 0) return values;
        double[] confidence = new double[LANGUAGES];
        Comparator<Language> byConfidence = Comparator.comparingDouble((Language l) -> confidence[l.ordinal()]).reversed();
        TreeMap<Language, Double> sorted = new TreeMap<>(byConfidence.thenComparing(Comparator.naturalOrder()));
        for (Language l : candidates) {
            float s = sums[l.ordinal()];
            if (s < 0) {
                confidence[l.ordinal()] = highest / s;   // a float quotient, as in Lingua
                sorted.put(l, confidence[l.ordinal()]);
            }
        }
        return sorted;
    }

    /** The distinct all-letter trigrams, in a hash set filled in Lingua's order (its sums depend on it). */
    private static Set<String> trigrams(String text) {
        Set<String> ngrams = new HashSet<>();
        for (int i = 0; i + 3 <= text.length(); i++) {
            if (allLetters(text, i, i + 3)) ngrams.add(text.substring(i, i + 3));
        }
        return ngrams;
    }

    /** Lingua's \p{L}+ on text[from, to): a surrogate pair split at either end is not a letter. */
    private static boolean allLetters(String text, int from, int to) {
        for (int i = from; i < to; ) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1));
            if (!Character.isLetter(pair ? Character.toCodePoint(c, text.charAt(i + 1)) : c)) return false;
            i += pair ? 2 : 1;
        }
        return true;
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) return true;
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * Per language, the sum of the log-probabilities of the n-grams, each taken at the longest prefix
     * (trigram, bigram, unigram) the language's model has, as Lingua backs off.
     */
    private float[] sumsOfLogProbabilities(Set<String> ngrams, Set<Language> candidates) {
        boolean[] candidate = new boolean[LANGUAGES];
        for (Language l : candidates) candidate[l.ordinal()] = true;
        float[] sums = new float[LANGUAGES];
        int[] doneAt = new int[LANGUAGES];   // the n-gram (counted from 1) a language last had a value for
        int n = 0;
        for (String g : ngrams) {
            n++;
            int open = candidates.size();
            for (int length = g.length(); length >= 1 && open > 0; length--) {
                int id = models.find(NgramModels.key(g, 0, length));
                if (id < 0) continue;
                for (int p = models.first(id), end = models.end(id); p < end; p++) {
                    int l = models.language(p);
                    if (candidate[l] && doneAt[l] != n) {
                        doneAt[l] = n;
                        sums[l] += models.logProbability(p);
                        open--;
                    }
                }
            }
        }
        return sums;
    }
}
