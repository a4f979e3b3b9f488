package org.newsgeo.extract.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.newsgeo.extract.body.NodeStats.Stats;

/**
 * From the scored containers to the article's blocks: the best one after discounting link text,
 * moved up when the article is split over several children, widened to the block holding the
 * page's prose, lifted through wrappers that add no text, and joined by the siblings that
 * continue it.
 */
final class ArticlePicker {
    private static final int WIDER = 3;

    private final NodeStats stats;
    private final List<Element> candidates;
    private final Element headlined; // the story container that holds the h1, if any

    ArticlePicker(NodeStats stats, List<Element> candidates, Element headlined) {
        this.stats = stats;
        this.candidates = candidates;
        this.headlined = headlined;
    }

    private double finalScore(Element e) {
        Stats s = stats.get(e);
        return s.score * (1 - s.linkDensity());
    }

    /** The article's root plus the siblings that continue it, in document order; empty if none. */
    List<Element> pick() {
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Element c : candidates) {
            double f = finalScore(c);
            if (f > best) { best = f; top = c; }
        }
        if (top == null) return List.of();
        top = climb(top, best);
        top = widen(top);
        best = finalScore(top);
        top = lift(top);
        Element parent = top.parent();
        List<Element> out = new ArrayList<>();
        if (parent == null || stats.get(parent) == null) { out.add(top); return out; }
        double threshold = Math.max(10, best * 0.2);
        String cls = top.className();
        for (Element sib : parent.children()) {
            if (sib == top) { out.add(sib); continue; }
            Stats s = stats.get(sib);
            if (s == null || s.boiler || s.chars == 0) continue;
            String st = sib.normalName();
            if (st.equals("article")) continue; // another story, e.g. "you may also like"
            if (Tags.heading(st) || st.equals("dl")) continue; // headline, date/status lines
            double bonus = !cls.isEmpty() && cls.equals(sib.className()) ? best * 0.2 : 0;
            if (s.candidate && finalScore(sib) + bonus >= threshold) { out.add(sib); continue; }
            if (sib.normalName().equals("p")) {
                double ld = s.linkDensity();
                if (s.chars > 80 && ld < 0.25) out.add(sib);
                else if (s.chars < 80 && ld == 0 && Chars.endsSentence(sib.text())) out.add(sib);
            }
        }
        return out;
    }

    /**
     * An article cut into many deeply nested modules scores nowhere high enough: then the smallest
     * ancestor holding most (80%) of the page's prose, and not made of links, is the article.
     */
    private Element widen(Element top) {
        Element body = top;
        for (Element a = top; a != null && stats.get(a) != null; a = a.parent()) body = a;
        int total = stats.get(body).paragraphChars;
        // a story container that holds the headline is a confident choice; so is a mostly complete one
        if (top == headlined || top.normalName().equals("article")) return top;
        if (stats.get(top).paragraphChars >= 0.5 * total) return top;
        Element richest = top;
        int own = stats.get(top).paragraphChars;
        for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
            Stats s = stats.get(a);
            if (s == null || s.linkDensity() > 0.3) break;
            if (s.paragraphChars >= 0.8 * total) return a;
            if (s.paragraphChars > stats.get(richest).paragraphChars) richest = a;
        }
        // no block holds most of the prose (sidebars and teasers are prose too): the smallest
        // plain-text ancestor holding several times the chosen block's prose continues it
        return stats.get(richest).paragraphChars >= WIDER * own ? richest : top;
    }

    /**
     * Moves up through wrappers that add no text ("section.detail-body > section.body-content"), so
     * that the siblings continuing the article ("second-paragraph") are looked at on their level.
     */
    private Element lift(Element top) {
        Stats t = stats.get(top);
        for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            Stats s = stats.get(p);
            if (s == null || s.chars > t.chars || s.boiler) break;
            top = p;
        }
        return top;
    }

    /** Moves up while the parent scores higher: the article is split over several children. */
    private Element climb(Element top, double topScore) {
        double last = topScore, threshold = topScore / 3;
        for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            Stats s = stats.get(p);
            if (s == null) break;
            if (!s.candidate) continue;
            double ps = finalScore(p);
            if (ps < threshold) break;
            if (ps > last) return p;
            last = ps;
        }
        return top;
    }
}
