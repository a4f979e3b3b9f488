package org.newsgeo.extract.lang;

import com.github.pemistahl.lingua.api.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Lingua's unigram, bigram and trigram models of every language merged into one table keyed by n-gram:
 * one lookup gives the n-gram's log-probability in each language that has it, where Lingua looks the
 * n-gram up in each language's own map. Built from Lingua's model files in its jar, with Lingua's own
 * arithmetic (the float numerator / denominator, then the float of its natural log), so sums come out
 * bit for bit the same. N-grams of one to three UTF-16 chars are packed into a long; the log-probabilities
 * sit in flat arrays (about 13 MB for 75 languages, where Lingua's maps take ~130 MB for the Latin ones).
 */
final class NgramModels {
    private static final String[] FILES = {"unigrams", "bigrams", "trigrams"};

    /** Open-addressing table of packed n-grams; {@code ids[slot]} numbers them in order of first sight. */
    private long[] keys;
    private int[] ids;
    private int mask;
    private int size;
    /** Postings of n-gram {@code id}: positions {@code start[id]} to {@code start[id + 1]} of the two arrays. */
    private final int[] start;
    private final byte[] languages;
    private final float[] logProbabilities;

    /** Loads the models of the given languages (all of Lingua's, in practice) from Lingua's jar. */
    NgramModels(Language[] all) {
        keys = new long[1 << 16];
        ids = new int[keys.length];
        mask = keys.length - 1;
        // First read: every (n-gram id, language, log-probability) in reading order.
        Postings read = new Postings();
        try (ModelFile files = new ModelFile()) {
            for (Language language : all) {
                read.language = (byte) language.ordinal();
                for (String name : FILES) files.read(language.getIsoCode639_1().toString(), name, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int posts = read.count;
        int[] postId = read.ids;
        byte[] postLang = read.languages;
        float[] postLog = read.logs;
        // Then group the postings by n-gram (a counting sort on the id).
        start = new int[size + 1];
        for (int k = 0; k < posts; k++) start[postId[k] + 1]++;
        for (int k = 0; k < size; k++) start[k + 1] += start[k];
        int[] next = Arrays.copyOf(start, size);
        languages = new byte[posts];
        logProbabilities = new float[posts];
        for (int k = 0; k < posts; k++) {
            int at = next[postId[k]]++;
            languages[at] = postLang[k];
            logProbabilities[at] = postLog[k];
        }
    }

    /** The packed key of text[from, to): up to three chars and the length. */
    static long key(CharSequence text, int from, int to) {
        long k = to - from;
        for (int i = from; i < to; i++) k = (k << 16) | text.charAt(i);
        return k;
    }

    /** The id of an n-gram, or -1 when no language has it. */
    int find(long key) {
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) return ids[slot];
            if (keys[slot] == 0) return -1;
        }
    }

    int first(int id) {
        return start[id];
    }

    int end(int id) {
        return start[id + 1];
    }

    int language(int posting) {
        return languages[posting] & 0xff;
    }

    float logProbability(int posting) {
        return logProbabilities[posting];
    }

    /** Heap held by the table, in bytes (the arrays; object headers aside). */
    long bytes() {
        return keys.length * 12L + start.length * 4L + languages.length * 5L;
    }

    private int idOf(long key) {
        int slot = hash(key) & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == key) return ids[slot];
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        ids[slot] = size;
        if (++size * 4 > keys.length * 3) grow();   // at most three quarters full
        return size - 1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[oldKeys.length * 2];
        ids = new int[keys.length];
        mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] == 0) continue;
            int slot = hash(oldKeys[s]) & mask;
            while (keys[slot] != 0) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[s];
            ids[slot] = oldIds[s];
        }
    }

    private static int hash(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32);   // the product's high half mixes all chars
    }

    /** The postings as read, before they are grouped by n-gram. */
    private final class Postings implements ModelFile.Sink {
        byte language;
        int count;
        int[] ids = new int[1 << 20];
        byte[] languages = new byte[ids.length];
        float[] logs = new float[ids.length];
        /** The n-grams of one model entry share a probability: its log is taken once. */
        float lastProbability = Float.NaN;
        float lastLog;

        @Override
        public void add(long key, float probability) {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                languages = Arrays.copyOf(languages, count * 2);
                logs = Arrays.copyOf(logs, count * 2);
            }
            ids[count] = idOf(key);
            languages[count] = language;
            if (probability != lastProbability) {
                lastProbability = probability;
                lastLog = (float) Math.log(probability);   // as Lingua: ln of the float, back to a float
            }
            logs[count] = lastLog;
            count++;
        }
    }
}
