package org.newsgeo.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Zyte article-extraction-benchmark metric, as in shared/checks/lib/aebscore.py: tokens are
 * Python's \w+ runs, documents are multisets of 4-token shingles (a text of fewer than 4 tokens is
 * one shorter shingle), tp/fp/fn are normalised to sum 1 per document, P and R are means over the
 * documents where they are defined, F1 = 2PR/(P+R).
 */
final class AebScore {
    private AebScore() {}

    /** Python 3's \w for str: letters, digits and other numerics (not combining marks), and '_'. */
    static boolean word(int cp) {
        if (cp == '_' || Character.isLetter(cp)) return true;
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int start = -1, i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (word(cp)) { if (start < 0) start = i; }
            else if (start >= 0) { out.add(s.substring(start, i)); start = -1; }
            i += Character.charCount(cp);
        }
        if (start >= 0) out.add(s.substring(start));
        return out;
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> t = tokens(text == null ? "" : text);
        Map<List<String>, Integer> m = new HashMap<>();
        int n = Math.max(1, t.size() - 3);
        for (int i = 0; i < n; i++) {
            List<String> sh = t.subList(i, Math.min(t.size(), i + 4));
            if (!sh.isEmpty()) m.merge(List.copyOf(sh), 1, Integer::sum);
        }
        return m;
    }

    /** Normalised (tp, fp, fn) of one document. */
    static double[] tpFpFn(String truth, String pred) {
        Map<List<String>, Integer> t = shingles(truth), p = shingles(pred);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0, fp = 0, fn = 0;
        for (List<String> k : keys) {
            int a = t.getOrDefault(k, 0), b = p.getOrDefault(k, 0);
            tp += Math.min(a, b);
            fp += Math.max(0, b - a);
            fn += Math.max(0, a - b);
        }
        double s = tp + fp + fn;
        return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {tp, fp, fn};
    }

    static double precision(double[] d) {
        if (d[1] == 0 && d[2] == 0) return 1;
        return d[0] == 0 && d[1] == 0 ? 0 : d[0] / (d[0] + d[1]);
    }

    static double recall(double[] d) {
        if (d[1] == 0 && d[2] == 0) return 1;
        return d[0] == 0 && d[2] == 0 ? 0 : d[0] / (d[0] + d[2]);
    }

    /** Per-document F1 (for ranking the worst pages). */
    static double f1(double[] d) {
        double p = precision(d), r = recall(d);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** {f1, precision, recall, accuracy} over documents given as truth/prediction lists. */
    static double[] score(List<String> truth, List<String> pred) {
        double ps = 0, rs = 0, acc = 0;
        int np = 0, nr = 0;
        for (int i = 0; i < truth.size(); i++) {
            String p = pred.get(i) == null ? "" : pred.get(i);
            double[] d = tpFpFn(truth.get(i), p);
            if (d[0] + d[1] > 0) { ps += precision(d); np++; }
            if (d[0] + d[2] > 0) { rs += recall(d); nr++; }
            if (tokens(truth.get(i)).equals(tokens(p))) acc++;
        }
        double P = np == 0 ? 0 : ps / np, R = nr == 0 ? 0 : rs / nr;
        double f1 = P + R > 0 ? 2 * P * R / (P + R) : 0;
        return new double[] {f1, P, R, truth.isEmpty() ? 0 : acc / truth.size()};
    }
}
