package org.newsgeo.extract.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.newsgeo.extract.body.NodeStats.Stats;

/**
 * Pass 2 over the DOM (pre-order), in the manner of Mozilla's Readability: every paragraph gives
 * points (1 + commas + up to 3 for length) to its parent, half to its grandparent and less further
 * up; containers start from a tag bonus and a class/id vote. The best container, after discounting
 * link-heavy ones, is the article; {@link ArticlePicker} adds siblings that belong to it.
 */
final class ContentScorer {
    private static final int MIN_PARAGRAPH = 25;
    private static final int HEADLINE_BONUS = 25;
    private static final int SHORT_LINE = 40;

    private final NodeStats stats;
    private final List<Element> candidates = new ArrayList<>();
    private final int bodyChars;
    private final int bodyProse;

    private final boolean useHints;
    private Element headlined; // the story container that holds the h1, if any

    /** useHints=false scores on text alone: the fallback when class names hid every paragraph. */
    ContentScorer(Element body, NodeStats stats, boolean useHints) {
        this.stats = stats;
        this.useHints = useHints;
        Stats b = stats.get(body);
        this.bodyChars = b == null ? 0 : b.chars;
        this.bodyProse = b == null ? 0 : b.prose;
        if (b != null) for (Element c : body.children()) score(c, false);
        if (b != null) headlineBonus(body);
    }

    private void score(Element e, boolean inBoiler) {
        Stats s = stats.get(e);
        if (s == null) return;
        // A boilerplate name on a block holding most of the page's text is a layout class, not a
        // verdict: strong words are trusted up to 70% of the page, weak ones ("image", "header") to 25%.
        boolean boiler = inBoiler || (useHints && boilerplate(e, s));
        s.boiler = boiler;
        if (boiler) return; // children inherit; nothing below is scored or written
        String tag = e.normalName();
        if (Tags.paragraph(tag)) {
            if (s.chars >= MIN_PARAGRAPH) {
                credit(e, points(s.chars, listLike(s) ? 0 : s.commas));
                if (s.linkDensity() < 0.3) cover(e, s.chars);
            }
        } else if (divLike(tag) && s.ownChars >= MIN_PARAGRAPH) {
            scoreRuns(e);
        }
        for (Element c : e.children()) score(c, false);
    }

    /**
     * Short lines broken by br ("Name, University" per line) are a list, not sentences: their
     * commas separate fields, and a signatory list must not outscore the letter above it.
     */
    private static boolean listLike(Stats s) {
        return s.breaks >= 3 && s.chars < SHORT_LINE * (s.breaks + 1);
    }

    private static double points(int chars, int commas) {
        return 1 + commas + Math.min(chars / 100, 3);
    }

    /**
     * Text written straight into a div, paragraphs separated by a blank line (br br) or by blocks:
     * each run of inline content counts as a paragraph of the div, as Readability does by
     * turning such runs into p elements.
     */
    private void scoreRuns(Element div) {
        int chars = 0, commas = 0, brs = 0;
        for (org.jsoup.nodes.Node n : div.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t) {
                String text = t.getWholeText();
                int a = Chars.amount(text);
                if (a == 0) continue;
                chars += a;
                commas += Chars.commas(text);
                brs = 0;
            } else if (n instanceof Element c) {
                String tag = c.normalName();
                boolean br = tag.equals("br") && ++brs >= 2;
                if (br || (!tag.equals("br") && Tags.block(tag))) {
                    if (chars >= MIN_PARAGRAPH) { creditSelf(div, points(chars, commas)); cover(div, chars); }
                    chars = commas = 0;
                } else if (!tag.equals("br")) {
                    Stats cs = stats.get(c);
                    if (cs != null) { chars += cs.chars; commas += cs.commas; brs = 0; }
                }
            }
        }
        if (chars >= MIN_PARAGRAPH) { creditSelf(div, points(chars, commas)); cover(div, chars); }
    }

    /** Adds a paragraph's text to every ancestor: how much of the page's prose each block holds. */
    private void cover(Element p, int chars) {
        for (Element a = p; a != null; a = a.parent()) {
            Stats s = stats.get(a);
            if (s == null) return;
            s.paragraphChars += chars;
        }
    }

    /** A div with its own paragraphs is their parent: it gets the points, as in credit(child). */
    private void creditSelf(Element div, double points) {
        creditFrom(div, points);
    }

    private boolean boilerplate(Element e, Stats s) {
        int v = Hints.votes(e);
        if (!Hints.boilerplate(v)) return false;
        // nearly all the page's prose inside: the name is a theme's layout or state ("one-sidebar",
        // "entry share", "hidden-contents"), not a verdict on the article it wraps
        if (s.prose >= 0.5 * bodyProse && bodyProse > 0) return false;
        double limit = (v & Hints.STRONG_WORD) != 0 ? 0.7 : 0.25;
        return s.chars < limit * bodyChars;
    }

    private static boolean divLike(String tag) {
        return tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("main")
                || tag.equals("center") || tag.equals("li") || tag.equals("td");
    }

    /** Gives a paragraph's points to its ancestors, fading with distance. */
    private void credit(Element p, double points) {
        creditFrom(p.parent(), points);
    }

    private void creditFrom(Element start, double points) {
        Element a = start;
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

    /**
     * The headline's containers get a bonus: when a page holds several stories (teasers, "you may
     * also like"), the one around the page's h1 is the article.
     */
    private void headlineBonus(Element body) {
        Element h1 = body.selectFirst("h1");
        if (h1 == null) return;
        int level = 0;
        for (Element a = h1.parent(); a != null && a != body && level < 4; a = a.parent(), level++) {
            Stats s = stats.get(a);
            if (s != null && s.candidate) { // nearest container only, and only if it holds a story, not a hero image
                if (s.chars >= 500) { s.score += HEADLINE_BONUS; headlined = a; }
                return;
            }
        }
    }

    /** The article's root plus the siblings that continue it, in document order; empty if none. */
    List<Element> pick() {
        return new ArticlePicker(stats, candidates, headlined).pick();
    }
}
