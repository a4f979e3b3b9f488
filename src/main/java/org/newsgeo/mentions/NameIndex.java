package org.newsgeo.mentions;

import org.newsgeo.gazetteer.NameEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every gazetteer name in one trie, built once, and the scan of a field for them: candidates at word
 * starts (anywhere in scripts without spaces), right boundaries per script, case endings of inflected
 * languages, Arabic/Hebrew clitic prefixes, case rules, and leftmost-longest selection. Names are
 * filtered by language before they get here (see {@link LanguageGate}).
 */
final class NameIndex {
    /** One way a name sits in the trie: as written or as the stem of an inflected name. */
    private record Variant(NameEntry entry, String suffixLang, boolean acronym, boolean capitalised, boolean stem) {
    }

    // Names that must start with a capital (most of them) live in their own trie, so the many words
    // that start in lower case are looked up only among the few names that may: half the work or less.
    private final NameTrie anyCase = new NameTrie();
    private final NameTrie capitalOnly = new NameTrie();
    private final List<Variant> variants = new ArrayList<>();

    /**
     * articleLanguage: the language of the articles this index serves, or null. Names of any language
     * ("*") then inflect like that language: "Saudis" in English, "Putina" in Polish.
     */
    NameIndex(Iterable<NameEntry> names, String articleLanguage) {
        for (NameEntry e : names) add(e, articleLanguage);
    }

    private void add(NameEntry e, String articleLanguage) {
        String text = e.text() == null ? "" : e.text().strip();
        String folded = NormalizedText.fold(text);
        if (folded.length() < 2) return;                       // single letters/ideographs: too ambiguous
        String lang = e.lang() == null || e.lang().equals("*") ? articleLanguage : e.lang();
        if (lang == null) lang = "*";
        boolean acronym = e.caseSensitive() || isAcronym(text);
        boolean plural = "en".equals(lang) && ("demonym".equals(e.kind()) || "alias".equals(e.kind())) && !acronym;
        String suffixLang = plural ? "en-demonym" : lang;
        boolean capitalised = isCapitalised(e, text);
        NameTrie trie = capitalised || acronym ? capitalOnly : anyCase;
        variants.add(new Variant(e, suffixLang, acronym, capitalised, false));
        trie.add(folded, variants.size() - 1);
        // Arabic drops the alif of al- after the preposition li-: ل + الصين is written للصين.
        if (folded.startsWith("ال") && folded.length() > 3) trie.add("ل" + folded.substring(2), variants.size() - 1);
        if (Inflections.inflected(lang)) {
            List<String> stems = Inflections.stems(lang, folded);
            if (!stems.isEmpty()) variants.add(new Variant(e, suffixLang, acronym, capitalised, true));
            for (String stem : stems) trie.add(stem, variants.size() - 1);
        }
    }

    // US, UK, UAE, U.S., DRC: short all-capital forms match only when written in capitals.
    private static boolean isAcronym(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            } else if (c != '.' && c != '$') {
                return false;
            }
        }
        return letters >= 2 && letters <= 5;
    }

    // Proper names written capitalised must be capitalised in the text (turkey the bird, china the
    // porcelain); demonyms of languages that write them in lower case (ruso, russe) are not.
    private static boolean isCapitalised(NameEntry e, String text) {
        if (text.isEmpty() || !Scripts.isUpper(text.charAt(0))) return false;
        if ("demonym".equals(e.kind())) return "en".equals(e.lang()) || "de".equals(e.lang());
        return true;
    }

    /** Adds every candidate in the original string s (overlapping; see {@link #select}). */
    void collect(String s, NormalizedText t, List<Candidate> found) {
        char[] c = t.chars;
        int n = t.length;
        for (int i = 0; i < n; i++) {
            if (!Scripts.isWord(c[i])) continue;
            boolean start = i == 0 || !Scripts.isWord(c[i - 1])
                    || (c[i] | c[i - 1]) >= 0x0E00 && (Scripts.isUnspaced(c[i]) || Scripts.isUnspaced(c[i - 1]));
            if (!start) continue;
            boolean lower = Scripts.isLower(s.charAt(t.originStart(i)));
            walk(anyCase, s, t, i, found);
            if (!lower) walk(capitalOnly, s, t, i, found);
            String[] prefixes = Inflections.prefixes(c[i]);
            if (prefixes != null) {                    // Arabic and Hebrew have no case
                for (String p : prefixes) {
                    if (startsWith(c, n, i, p)) {
                        walk(anyCase, s, t, i + p.length(), found);
                        walk(capitalOnly, s, t, i + p.length(), found);
                    }
                }
            }
        }
    }

    private void walk(NameTrie trie, String s, NormalizedText t, int from, List<Candidate> out) {
        char[] c = t.chars;
        int n = t.length;
        if (from + 1 >= n || !trie.mayStart(c[from], c[from + 1], from + 2 < n ? c[from + 2] : '\0')) return;
        int node = 0;
        for (int j = from; j < n; j++) {
            node = trie.child(node, c[j]);
            if (node < 0) return;
            int[] ids = trie.payload(node);
            if (ids == null) continue;
            int e = j + 1;
            boolean bounded = e == n || !Scripts.isWord(c[e]) || !Scripts.isWord(c[j]) || Scripts.isUnspaced(c[e])
                    || Scripts.isUnspaced(c[j]);
            int wordEnd = bounded ? e : wordEnd(c, n, e);
            List<NameEntry> entries = null;
            int end = e;
            for (int id : ids) {
                Variant v = variants.get(id);
                int stop = e;
                if (!bounded) {
                    if (!Inflections.allows(v.suffixLang, c, e, wordEnd)) continue;
                    stop = wordEnd;
                }
                if (v.stem && (stop == e || Inflections.isStopWord(v.suffixLang, c, from, stop))) continue;
                if (!caseOk(s, t, from, stop, v)) continue;
                if (entries == null) entries = new ArrayList<>(2);
                entries.add(v.entry);
                end = stop;
            }
            if (entries != null) out.add(new Candidate(t.originStart(from), t.originEnd(end), e - from, entries));
        }
    }

    private static int wordEnd(char[] c, int n, int from) {
        int w = from;
        while (w < n && w - from <= 6 && Scripts.isWord(c[w])) w++;
        return w;
    }

    private static boolean caseOk(String s, NormalizedText t, int from, int to, Variant v) {
        if (!v.acronym && !v.capitalised) return true;
        int a = t.originStart(from);
        int b = t.originEnd(to);
        if (v.capitalised && !v.acronym) return wordInitialsOk(v.entry.text(), s, a, b);
        for (int i = a; i < b; i++) if (Scripts.isLower(s.charAt(i))) return false;
        return true;
    }

    // "The Bottom" (Saba's capital) is not "the bottom": each word the name capitalises must not start
    // in lower case in the text. Words are compared in order; a different word count compares the first.
    private static boolean wordInitialsOk(String name, String s, int a, int b) {
        if (Scripts.isLower(s.charAt(a))) return false;
        if (name.indexOf(' ') < 0) return true;                  // one word: nothing more to compare
        String[] nw = name.strip().split(" +");
        String[] tw = s.substring(a, b).split("\\s+");
        if (nw.length != tw.length) return true;
        for (int i = 1; i < nw.length; i++) {
            if (!nw[i].isEmpty() && !tw[i].isEmpty() && Scripts.isUpper(nw[i].charAt(0)) && Scripts.isLower(tw[i].charAt(0)))
                return false;
        }
        return true;
    }

    private static boolean startsWith(char[] c, int n, int i, String p) {
        if (i + p.length() >= n) return false;
        for (int k = 0; k < p.length(); k++) if (c[i + k] != p.charAt(k)) return false;
        return true;
    }

    // Leftmost-longest: at equal span the exact spelling (longer key, fewer suffix letters) wins.
    static List<Candidate> select(List<Candidate> found) {
        found.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt((Candidate x) -> x.end() - x.start()).reversed())
                .thenComparing(Comparator.comparingInt(Candidate::keyLength).reversed()));
        List<Candidate> out = new ArrayList<>();
        int last = -1;
        for (Candidate x : found) {
            if (x.start() >= last) {
                out.add(x);
                last = x.end();
            } else if (!out.isEmpty() && out.get(out.size() - 1).start() < x.start() && x.end() > last) {
                // a longer name starting inside the previous one: keep the longer of the two
                Candidate prev = out.get(out.size() - 1);
                if (x.end() - x.start() > prev.end() - prev.start()) {
                    out.set(out.size() - 1, x);
                    last = x.end();
                }
            }
        }
        return out;
    }
}
