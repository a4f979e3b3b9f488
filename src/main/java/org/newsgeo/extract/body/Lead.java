package org.newsgeo.extract.body;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.newsgeo.extract.body.NodeStats.Stats;

/**
 * The lead paragraph between the headline and the article's text ("p.lead", "intro", "subtitle"):
 * templates put it in the article's header, away from the body container the scorer picks, yet it
 * is the article's opening. Only prose blocks close to both the h1 and the body count: bylines,
 * dates and captions are short or skipped, and a headline far from the body gives nothing. Two
 * kinds of standfirst stay out, as they belong to the title block and to the description field:
 * a dek set beside the h1 in its own group, and a lead that repeats the page's meta description.
 */
final class Lead {
    private static final int MIN_CHARS = 60;   // shorter lines are bylines, dates, labels
    private static final int MAX_BETWEEN = 1500; // more text between headline and body: not a standfirst
    private static final int MAX_BLOCKS = 3;

    private final NodeStats stats;
    private final Element first;
    private final Set<Element> path = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Element> found = new ArrayList<>();
    private int between;
    private Element h1parent; // a lead block beside the h1, in its group, is the title's dek

    private Lead(NodeStats stats, Element first) {
        this.stats = stats;
        this.first = first;
    }

    /** The lead blocks between the nearest h1 before {@code first} and {@code first}; empty if none. */
    static List<Element> find(Element body, NodeStats stats, Element first) {
        Element h1 = headline(body, first);
        if (h1 == null) return List.of();
        Lead l = new Lead(stats, first);
        for (Element a = first; a != null; a = a.parent()) l.path.add(a);
        for (Element a = h1; a != body; a = a.parent()) {
            Stats s = stats.get(a);
            if (s == null || s.boiler) return List.of(); // a headline in a teaser or a hidden block
        }
        if (!l.walk(h1) || l.found.isEmpty()) return List.of();
        // a lead repeating the page's description is its summary (a metadata field), not body text
        for (String d : descriptions(body)) l.found.removeIf(e -> sameText(e.text(), d));
        return l.found;
    }

    /** The page's summaries: its meta descriptions (plain, Open Graph, Twitter). */
    private static List<String> descriptions(Element body) {
        org.jsoup.nodes.Document doc = body.ownerDocument();
        if (doc == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Element m : doc.head().select("meta[name=description], meta[property=og:description], meta[name=twitter:description]")) {
            out.add(m.attr("content"));
        }
        return out;
    }

    private static boolean sameText(String a, String b) {
        String x = a.replaceAll("\\s+", " ").strip(), y = b.replaceAll("\\s+", " ").strip();
        if (x.length() < 20 || y.length() < 20) return false;
        String p = x.substring(0, Math.min(40, x.length())), q = y.substring(0, Math.min(40, y.length()));
        return y.contains(p) || x.contains(q);
    }

    /** The last h1 that starts before {@code first} and is not inside it. */
    private static Element headline(Element body, Element first) {
        Element best = null;
        for (Element h : body.getElementsByTag("h1")) {
            if (precedes(h, first)) best = h;
            else break;
        }
        return best;
    }

    /** Whether a ends before b starts (neither holds the other). */
    private static boolean precedes(Element a, Element b) {
        List<Element> pa = chain(a), pb = chain(b);
        int i = 0;
        while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) i++;
        if (i == pa.size() || i == pb.size()) return false; // one holds the other
        return pa.get(i).elementSiblingIndex() < pb.get(i).elementSiblingIndex();
    }

    private static List<Element> chain(Element e) {
        List<Element> l = new ArrayList<>();
        for (Element a = e; a != null; a = a.parent()) l.add(a);
        Collections.reverse(l);
        return l;
    }

    /** Visits what follows the headline up to the body; false if the body was not reached or too far. */
    private boolean walk(Element h1) {
        h1parent = h1.parent();
        for (Element x = h1; x != null && !path.contains(x); x = x.parent()) {
            for (Element s = x.nextElementSibling(); s != null; s = s.nextElementSibling()) {
                if (path.contains(s)) return descend(s);
                if (!visit(s)) return false;
            }
        }
        return false;
    }

    /** Goes down to the body, visiting what precedes it inside each of its ancestors. */
    private boolean descend(Element c) {
        while (c != first) {
            Element next = null;
            for (Element k : c.children()) {
                if (path.contains(k)) { next = k; break; }
                if (!visit(k)) return false;
            }
            if (next == null) return false;
            c = next;
        }
        return true;
    }

    /** Collects lead blocks under e; false once too much text lies between headline and body. */
    private boolean visit(Element e) {
        Stats s = stats.get(e);
        if (s == null || s.chars == 0) return true;
        String tag = e.normalName();
        if (tag.equals("figure") || tag.equals("picture") || tag.equals("h1") || Hints.boilerplate(Hints.votes(e))) {
            between += s.chars;
            return between <= MAX_BETWEEN;
        }
        if (lead(e, tag, s) && e.parent() != h1parent) { // a dek beside the h1 is a subtitle
            between += s.chars;
            if (found.size() < MAX_BLOCKS) found.add(e);
            return between <= MAX_BETWEEN;
        }
        if (s.ownChars > 0) between += s.ownChars;
        for (Element c : e.children()) if (!visit(c)) return false;
        return between <= MAX_BETWEEN;
    }

    private static boolean lead(Element e, String tag, Stats s) {
        if (s.chars < MIN_CHARS || s.linkDensity() >= 0.3) return false;
        if (tag.equals("p") || Tags.heading(tag)) return true;
        return (tag.equals("div") || tag.equals("section")) && s.ownChars >= 0.8 * s.chars; // text written into a div
    }
}
