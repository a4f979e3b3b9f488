package org.newsgeo.extract.meta;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.EvaluatorInternals;
import org.jsoup.select.QueryParser;

/**
 * The page's elements in document order, listed once per extraction. The readers of a page each
 * look for a few kinds of element (headings, links, meta tags, boxes marked as date or byline), and
 * every jsoup select walks the whole tree again; while {@link #reading} a page, queries filter the one
 * list instead. The page is not changed while it is read, so the list stays true. Outside such a
 * reading (a reader called on its own) each query walks the page as jsoup would.
 */
final class PageElements {
    /** The page being read on this thread: readers are static and reach it from their document. */
    private static final ThreadLocal<PageElements> CURRENT = new ThreadLocal<>();

    private final Document doc;
    private Elements all;
    private List<Element> body;

    private PageElements(Document doc) {
        this.doc = doc;
    }

    /** Runs {@code work} with {@code doc}'s elements listed (once, when first asked for). */
    static <T> T reading(Document doc, Supplier<T> work) {
        PageElements outer = CURRENT.get();
        CURRENT.set(new PageElements(doc));
        try {
            return work.get();
        } finally {
            if (outer == null) CURRENT.remove();
            else CURRENT.set(outer);
        }
    }

    /** Every element of the page in document order, the document itself first ({@link Element#getAllElements}). */
    static List<Element> all(Document doc) {
        PageElements p = CURRENT.get();
        if (p == null || p.doc != doc) return doc.getAllElements();
        if (p.all == null) p.all = listed(doc);
        return p.all;
    }

    /**
     * {@code doc.getAllElements()}, walking from element to element: jsoup's walk visits every text
     * node too, and most of a page's nodes are text.
     */
    private static Elements listed(Document doc) {
        Elements out = new Elements();
        for (Element e = doc; e != null; ) {
            out.add(e);
            Element next = e.firstElementChild();
            for (Element a = e; next == null && a != doc; a = a.parent()) next = a.nextElementSibling();
            e = next;
        }
        return out;
    }

    /** The body and everything in it, in document order ({@code doc.body().getAllElements()}); empty without a body. */
    static List<Element> inBody(Document doc) {
        Element b = doc.body();
        PageElements p = CURRENT.get();
        if (b == null) return List.of();
        if (p == null || p.doc != doc) return b.getAllElements();
        if (p.body == null) p.body = subtree(all(doc), b);
        return p.body;
    }

    /** A subtree is a run of the document-order list: from its root to the first element after it. */
    private static List<Element> subtree(List<Element> all, Element root) {
        int from = all.indexOf(root);
        Element after = null;
        for (Element a = root; a != null && after == null; a = a.parent()) after = a.nextElementSibling();
        int to = after == null ? all.size() : all.subList(from, all.size()).indexOf(after) + from;
        return all.subList(from, to);
    }

    /**
     * As {@code doc.select(query)}, the query asked only of the elements that pass {@code maybe}: a
     * cheap test that every element the query matches passes (its tag, a word of its pattern in the
     * class). The query's own test is the costlier, and most elements of a page fail the cheap one.
     */
    static Elements select(Document doc, Evaluator query, Predicate<Element> maybe) {
        PageElements p = CURRENT.get();
        if (p == null || p.doc != doc) return doc.select(query);
        // What jsoup's Collector does, over the listed elements instead of a fresh walk.
        return EvaluatorInternals.stream(query, doc, all(doc).stream().filter(maybe)).collect(Elements::new, Elements::add, Elements::addAll);
    }

    /** As {@code doc.selectFirst(query)}, with a pre-test as for {@link #select(Document, Evaluator, Predicate)}. */
    static Element selectFirst(Document doc, Evaluator query, Predicate<Element> maybe) {
        PageElements p = CURRENT.get();
        if (p == null || p.doc != doc) return doc.selectFirst(query);
        return EvaluatorInternals.stream(query, doc, all(doc).stream().filter(maybe)).findFirst().orElse(null);
    }

    /** A pre-test for queries that only match elements of the given tags. */
    static Predicate<Element> named(String... tags) {
        return e -> {
            for (String t : tags) if (e.normalName().equals(t)) return true;
            return false;
        };
    }

    /**
     * Whether a class or id value holds one of {@code words} (lower case), ignoring case: the cheap test in
     * front of a class-word pattern, which most values of a page fail.
     */
    static boolean saysAny(String value, String... words) {
        if (value.isEmpty()) return false;
        String low = value.toLowerCase(Locale.ROOT);
        for (String w : words) if (low.contains(w)) return true;
        return false;
    }

    /** A query parsed once: jsoup parses the string again on every select. */
    static Evaluator query(String css) {
        return QueryParser.parse(css);
    }
}
