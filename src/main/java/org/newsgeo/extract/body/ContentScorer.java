package org.newsgeo.extract.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.newsgeo.extract.body.NodeStats.Stats;

/**
 * Pass 2 over the DOM (pre-order), in the manner of Mozilla's Readability: every paragraph gives
 * points (1 + commas + up to 3 for length) to its parent, half to its grandparent and less further
 * up; containers start from a tag bonus and a class/id vote. The best container, after discounting
 * link-heavy ones, is the article; {@link #pick()} adds siblings that belong to it.
 */
final class ContentScorer {
    private static final int MIN_PARAGRAPH = 25;

    private final NodeStats stats;
    private final List<Element> candidates = new ArrayList<>();
    private final int bodyChars;

    ContentScorer(Element body, NodeStats stats) {
        this.stats = stats;
        Stats b = stats.get(body);
        this.bodyChars = b == null ? 0 : b.chars;
        if (b != null) for (Element c : body.children()) score(c, false);
    }

    private void score(Element e, boolean inBoiler) {
        Stats s = stats.get(e);
        if (s == null) return;
        // A boilerplate name on a block holding most of the page's text is a layout class, not a verdict.
        boolean boiler = inBoiler || (Hints.boilerplate(Hints.votes(e)) && s.chars < 0.7 * bodyChars);
        s.boiler = boiler;
        if (boiler) return; // children inherit; nothing below is scored or written
        String tag = e.normalName();
        int pChars = Tags.paragraph(tag) ? s.chars : divLike(tag) ? s.ownChars : 0;
        if (pChars >= MIN_PARAGRAPH) credit(e, 1 + s.commas + Math.min(pChars / 100, 3));
        for (Element c : e.children()) score(c, false);
    }

    private static boolean divLike(String tag) {
        return tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("main")
                || tag.equals("span") || tag.equals("font") || tag.equals("center") || tag.equals("li");
    }

    /** Gives a paragraph's points to its ancestors, fading with distance. */
    private void credit(Element p, double points) {
        Element a = p.parent();
        for (int level = 0; level < 5 && a != null && !a.normalName().equals("html") && !a.normalName().equals("#root"); level++) {
            Stats s = stats.get(a);
            if (s == null) break;
            if (!s.candidate) {
                s.candidate = true;
                s.score = tagBonus(a.normalName()) + Hints.weight(a);
                candidates.add(a);
            }
            s.score += level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
            a = a.parent();
        }
    }

    private static int tagBonus(String tag) {
        switch (tag) {
            case "article": return 10;
            case "div": case "main": case "section": return 5;
            case "pre": case "td": case "blockquote": return 3;
            case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": return -3;
            case "th": case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": return -5;
            default: return 0;
        }
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
        best = finalScore(top);
        Element parent = top.parent();
        List<Element> out = new ArrayList<>();
        if (parent == null || stats.get(parent) == null) { out.add(top); return out; }
        double threshold = Math.max(10, best * 0.2);
        String cls = top.className();
        for (Element sib : parent.children()) {
            if (sib == top) { out.add(sib); continue; }
            Stats s = stats.get(sib);
            if (s == null || s.boiler || s.chars == 0) continue;
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
