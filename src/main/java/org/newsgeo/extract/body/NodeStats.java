package org.newsgeo.extract.body;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Pass 1 over the DOM (post-order): how much text, link text and commas each visible element holds.
 * Skipped elements (scripts, forms controls, hidden blocks, ...) get no entry, so later passes treat
 * a missing entry as "not content".
 */
final class NodeStats {

    /** Measures of one element; score fields are filled by {@link ContentScorer}. */
    static final class Stats {
        int chars;      // weighted amount of visible text (see Chars)
        int linkChars;  // part of it inside <a>
        int ownChars;   // text in direct child text nodes only
        int commas;
        int breaks;     // br elements below: line-broken text (lists of names, addresses, verse)
        boolean boiler; // inside a block named as boilerplate
        boolean candidate;
        int paragraphChars; // text of scored paragraphs below (see ContentScorer)
        int prose;      // text of paragraphs below that are not link lists, whatever the class names say
        double score;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    /** Shortest paragraph counted as prose (a label or a date line is not). */
    static final int PROSE_MIN = 25;

    private final Map<Element, Stats> stats = new IdentityHashMap<>(1024);

    NodeStats(Element root) {
        measure(root, false);
    }

    Stats get(Element e) {
        return stats.get(e);
    }

    private Stats measure(Element e, boolean inLink) {
        if (Tags.skipped(e)) return null;
        Stats s = new Stats();
        boolean link = inLink || e.normalName().equals("a");
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t) {
                String text = t.getWholeText();
                int a = Chars.amount(text);
                if (a == 0) continue;
                s.chars += a;
                s.ownChars += a;
                if (link) s.linkChars += a;
                s.commas += Chars.commas(text);
            } else if (c instanceof Element ce) {
                if (ce.normalName().equals("br")) { s.breaks++; continue; }
                Stats cs = measure(ce, link);
                if (cs == null) continue;
                s.chars += cs.chars;
                s.linkChars += cs.linkChars;
                s.commas += cs.commas;
                s.prose += cs.prose;
                s.breaks += cs.breaks;
            }
        }
        if (Tags.paragraph(e.normalName()) && s.chars >= PROSE_MIN && s.linkDensity() < 0.3) s.prose = s.chars;
        stats.put(e, s);
        return s;
    }
}
