package org.newsgeo.extract.meta;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * The page's headline element, the anchor below which articles print their date. Many sites use
 * an h1 for the logo or site name before the article's own h1: when there are several, the one
 * whose text the page title repeats wins (h2s were tried as a fallback: no gain).
 */
final class Headline {
    private static final int MIN_CHARS = 8;
    private static final Evaluator H1 = PageElements.query("h1");

    private Headline() {
    }

    static Element of(Document doc) {
        String title = norm(doc.title());
        var h1s = PageElements.select(doc, H1, PageElements.named("h1"));
        if (h1s.size() == 1 || title.isEmpty()) return h1s.first();
        for (Element h : h1s) if (repeats(title, h)) return h;
        return h1s.first();
    }

    private static boolean repeats(String title, Element h) {
        String t = norm(h.text());
        return t.length() >= MIN_CHARS && title.contains(t);
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
