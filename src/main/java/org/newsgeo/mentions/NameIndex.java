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
    private record Variant(NameEntry entry, String suffixLang, boolean acronym, boolean capitalised, boolean stem,
                           boolean inflects, boolean[] upperWords) {
        Variant(NameEntry entry, String suffixLang, boolean acronym, boolean capitalised, boolean stem) {
            this(entry, suffixLang, acronym, capitalised, stem,
                    Inflections.inflected(suffixLang) && Inflections.appliesTo(suffixLang, entry),
                    capitalised && !acronym ? capitalWords(entry.text()) : null);
        }
    }

    // Names that must start with a capital (most of them) live in their own trie, so the many words
    // that start in lower case are looked up only among the few names that may: half the work or less.
    private final NameTrie anyCase = new NameTrie();
    private final NameTrie capitalOnly = new NameTrie();
    private final List<Variant> variants = new ArrayList<>();
    // What a word starting with a char may be, so that most word starts cost one array read: a name
    // of either trie begins with it, or it may be an Arabic/Hebrew clitic prefix.
    private static final byte ANY_CASE = 1;
    private static final byte CAPITAL = 2;
    private static final byte PREFIX = 4;
    private final byte[] startKind = new byte[65536];

    /**
     * articleLanguage: the language of the articles this index serves, or null. Names of any language
     * ("*") then inflect like that language: "Saudis" in English, "Putina" in Polish.
     */
    NameIndex(Iterable<NameEntry> names, String articleLanguage) {
        for (NameEntry e : names) add(e, articleLanguage);
        anyCase.freeze();
        capitalOnly.freeze();
        for (int ch = 0; ch < 65536; ch++) {
            byte k = 0;
            if (anyCase.child(0, (char) ch) >= 0) k |= ANY_CASE;
            if (capitalOnly.child(0, (char) ch) >= 0) k |= CAPITAL;
            if (Inflections.prefixes((char) ch) != null) k |= PREFIX;
            startKind[ch] = k;
        }
    }

    private void add(NameEntry e, String articleLanguage) {
        String text = e.text() == null ? "" : e.text().strip();
        String folded = NormalizedText.fold(text);
        if (folded.length() < 2) return;                       // single letters/ideographs: too ambiguous
        String lang = e.lang() == null || e.lang().equals("*") ? articleLanguage : e.lang();
        if (lang == null) lang = "*";
        boolean acronym = e.caseSensitive();
        // English and French make the plural of a demonym with -s (Russians, Russes, Américaines): the
        // "en-demonym" endings are exactly that, so French demonyms use them too.
        boolean plural = ("en".equals(lang) && ("demonym".equals(e.kind()) || "alias".equals(e.kind()))
                || "fr".equals(lang) && "demonym".equals(e.kind())) && !acronym;
        String suffixLang = plural ? "en-demonym" : lang;
        boolean capitalised = isCapitalised(e, text);
        NameTrie trie = capitalised || acronym ? capitalOnly : anyCase;
        Variant v = new Variant(e, suffixLang, acronym, capitalised, false);
        variants.add(v);
        add(trie, folded, v);
        // Arabic drops the alif of al- after the preposition li-: ل + الصين is written للصين.
        if (folded.startsWith("ال") && folded.length() > 3) add(trie, "ل" + folded.substring(2), v);
        if (Inflections.inflected(lang)) {
            List<String> stems = Inflections.stems(lang, folded);
            if (stems.isEmpty()) return;
            Variant stem = new Variant(e, suffixLang, acronym, capitalised, true);
            variants.add(stem);
            for (String s : stems) add(trie, s, stem);
        }
    }

    private void add(NameTrie trie, String key, Variant v) {
        trie.add(key, variants.size() - 1, v.inflects);
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
        for (int i : t.wordStarts()) {
            char ci = c[i];
            int kind = startKind[ci];
            if (kind == 0) continue;
            if ((kind & ANY_CASE) != 0) walk(anyCase, s, t, i, found);
            if ((kind & CAPITAL) != 0 && !Scripts.isLower(s.charAt(t.originStart(i)))) walk(capitalOnly, s, t, i, found);
            if ((kind & PREFIX) != 0) {                // Arabic and Hebrew have no case
                String[] prefixes = Inflections.prefixes(ci);
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
        if (FirstWords.spacedWord(c[from]) && !trie.mayStartWord(c, n, from)) return;
        int node = 0;
        for (int j = from; j < n; j++) {
            int next = trie.step(node, c[j]);
            if (next < 0) return;
            node = next & ~NameTrie.ENDS;
            if ((next & NameTrie.ENDS) == 0) continue;
            int[] ids = trie.payload(node);
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
                    if (!v.inflects || !Inflections.allows(v.suffixLang, c, e, wordEnd)) continue;
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
        if (v.capitalised && !v.acronym) return wordInitialsOk(v.upperWords, s, a, b);
        for (int i = a; i < b; i++) if (Scripts.isLower(s.charAt(i))) return false;
        return true;
    }

    // "The Bottom" (Saba's capital) is not "the bottom": each word the name capitalises must not start
    // in lower case in the text. Words are compared in order; a different word count compares the first.
    // Allocation-free: this runs for most candidates.
    private static boolean wordInitialsOk(boolean[] upper, String s, int a, int b) {
        if (Scripts.isLower(s.charAt(a))) return false;
        int words = 0;
        for (int i = a; i < b; i++) if (!isSpace(s.charAt(i)) && (i == a || isSpace(s.charAt(i - 1)))) words++;
        if (words != upper.length) return true;
        int w = 0;
        for (int i = a; i < b; i++) {
            if (isSpace(s.charAt(i)) || (i > a && !isSpace(s.charAt(i - 1)))) continue;
            if (w > 0 && upper[w] && Scripts.isLower(s.charAt(i))) return false;
            w++;
        }
        return true;
    }

    // The white space of the regex \s, which split the text's words before.
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    // Per word of the name (split at spaces): does it start with a capital?
    private static boolean[] capitalWords(String name) {
        String[] nw = name.strip().split(" +");
        boolean[] up = new boolean[nw.length];
        for (int i = 0; i < nw.length; i++) up[i] = !nw[i].isEmpty() && Scripts.isUpper(nw[i].charAt(0));
        return up;
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
