package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The declared titles of a page (og:title, JSON-LD headline, {@code <title>}) as a check on its
 * headings. A heading is confirmed when it equals a declared title or a run of its segments
 * ("Headline" in "Section | Headline | Site"), or when a declared title is the rest of the heading
 * after a kicker block or separator ("Ernährung sichern Schulze: …" when og:title is "Schulze: …");
 * less closely when the heading, or its larger block part, makes up most of a declared title.
 * Comparison ignores case, spaces and punctuation, which differ between the copies.
 */
final class TitleMatch {
    /** A heading found inside a declared title must make up this share of it. */
    private static final double MIN_COVER = 0.5;
    /** Separators after which the rest of a heading may be the headline proper. */
    private static final Pattern CUT = Pattern.compile("\\s[|/–—-]+\\s");

    /**
     * A confirmed heading text; a higher tier means a closer match (a title or segment run, not
     * just a large part of a title), votes how many declared titles agree. On a tie a headline
     * beats a one-word label, an h1 an h2, then the text placed first in a declared title wins
     * ("Headline - Subheading - Site").
     */
    record Hit(String text, int tier, int votes, boolean h1, int pos) {
        boolean beats(Hit o) {
            if (o == null) return true;
            if (tier != o.tier) return tier > o.tier;
            if (votes != o.votes) return votes > o.votes;
            if (label() != o.label()) return o.label();
            if (h1 != o.h1) return h1;
            return pos < o.pos;
        }

        /** One word: a section label ("Neuigkeiten", "Politik") rather than a headline. */
        boolean label() {
            return !text.trim().contains(" ");
        }
    }

    /** Per declared title: its key and the keys of all its runs of consecutive segments. */
    private final List<String> wholes = new ArrayList<>();
    private final List<Set<String>> runs = new ArrayList<>();

    TitleMatch(String... declared) {
        for (String d : declared) {
            if (d == null || d.isBlank()) continue;
            String t = HeadingText.tidy(d);
            List<int[]> seg = TitleCleaner.segments(t);
            Set<String> keys = new LinkedHashSet<>();
            keys.add(TitleCleaner.key(t));
            for (int i = 0; i < seg.size(); i++) {
                for (int j = i; j < seg.size(); j++) keys.add(TitleCleaner.key(t.substring(seg.get(i)[0], seg.get(j)[1])));
            }
            keys.remove("");
            runs.add(keys);
            wholes.add(TitleCleaner.key(t));
        }
    }

    /**
     * The heading without a leading kicker block that the declared titles keep apart as a segment
     * of their own ("Olympische Spiele in Paris - Getränke per Schiff …" over an h1 whose first
     * span is "Olympische Spiele in Paris"); not when a declared title is that block alone, nor
     * when the block is the longer part.
     */
    HeadingText.Parts withoutKicker(HeadingText.Parts p) {
        List<String> b = p.blocks();
        if (b.size() < 2) return p;
        String rest = String.join(" ", b.subList(1, b.size()));
        String first = TitleCleaner.key(b.get(0));
        if (votes(first) == 0 || wholes.contains(first) || b.get(0).length() > rest.length()) return p;
        return new HeadingText.Parts(rest, b.subList(1, b.size()), p.whole());
    }

    /** The heading's text, or the part of it a declared title equals; null when unconfirmed. */
    Hit match(HeadingText.Parts p, boolean h1) {
        String text = p.text();
        int v = votes(TitleCleaner.key(text));
        if (v > 0) return hit(text, 2, v, h1);
        // the kicker marked apart in the heading's markup is glued on in the declared titles
        v = votes(TitleCleaner.key(p.whole()));
        if (v > 0) return hit(text, 2, v, h1);
        List<String> b = p.blocks();
        Hit best = null;
        for (int k = 1; k < b.size(); k++) {
            best = better(best, String.join(" ", b.subList(k, b.size())), "", h1);
            // a sub-line after the headline is shorter than it ("Dezuka Suisan: …" over "Welcome to …")
            best = better(best, String.join(" ", b.subList(0, k)), String.join(" ", b.subList(k, b.size())), h1);
        }
        Matcher m = CUT.matcher(text);
        while (m.find()) best = better(best, text.substring(m.end()), text.substring(0, m.start()), h1);
        if (best != null) return best;
        v = covers(text);
        if (v > 0) return hit(text, 1, v, h1);
        // a large part of a declared title without a styled sub-line or kicker the titles leave out ("… 成否 <br> 編集委員 中沢克二")
        for (int k = 1; k < b.size(); k++) {
            String head = String.join(" ", b.subList(0, k)), tail = String.join(" ", b.subList(k, b.size()));
            String kept = head.length() >= tail.length() ? head : tail;
            v = covers(kept);
            if (v > 0) return hit(HeadingText.tidy(kept), 1, v, h1);
        }
        return null;
    }

    /** How many declared titles hold the text as a large part of them. */
    private int covers(String text) {
        String k = TitleCleaner.key(text);
        int v = 0;
        for (String w : wholes) if (!k.isEmpty() && w.contains(k) && k.length() >= MIN_COVER * w.length()) v++;
        return v;
    }

    private Hit hit(String text, int tier, int votes, boolean h1) {
        String k = TitleCleaner.key(text);
        int pos = Integer.MAX_VALUE;
        for (String w : wholes) if (w.contains(k)) pos = Math.min(pos, w.indexOf(k));
        return new Hit(text, tier, votes, h1, pos);
    }

    /** The better of {@code best} and {@code part} (a heading cut down); no hit when more was cut than is left. */
    private Hit better(Hit best, String part, String dropped, boolean h1) {
        String t = HeadingText.tidy(part);
        int v = TitleCleaner.key(t).length() < 6 || dropped.length() > t.length() ? 0 : votes(TitleCleaner.key(t));
        Hit h = v > 0 ? hit(t, 2, v, h1) : null;
        return h != null && h.beats(best) ? h : best;
    }

    private int votes(String key) {
        int v = 0;
        for (Set<String> r : runs) if (r.contains(key)) v++;
        return v;
    }
}
