package org.newsgeo.extract.meta;

import java.util.Locale;
import java.util.regex.MatchResult;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/**
 * Looks for a written date only where a publication date is shown: small elements whose class or
 * id says date/time/byline/meta, then the text just after the headline. Never the whole body.
 */
final class TextRegions {
    private static final int MAX_ELEMENTS = 150;
    private static final int AFTER_TITLE_CHARS = 1500;
    private static final int BODY_CHARS = 20_000;
    private static final int NEAR_TITLE_CHARS = 300;
    /** A text node longer than this is running prose, unless the date opens it (a dateline). */
    private static final int PROSE_LINE = 100;
    private static final int PROSE_LEAD = 40;
    private static final int ABOVE_TITLE_CHARS = 100;
    private static final int LABEL_REACH = 60;
    private static final int LABEL_GAP = 25;

    // "datum" and "fecha" are how German, Dutch, Nordic and Spanish templates name the date.
    private static final String[] MARKED_CLASS = {"date", "datum", "fecha", "time", "publi", "posted", "byline", "dateline",
            "entry-meta", "post-meta", "article-meta", "meta-info", "info"};
    private static final String[] MARKED_ID = {"date", "datum", "fecha", "time", "publi", "posted", "byline"};
    private static final Evaluator MARKED = PageElements.query("[class~=(?i)" + String.join("|", MARKED_CLASS) + "], "
            + "[id~=(?i)" + String.join("|", MARKED_ID) + "]");

    private final Document doc;
    private final TextDates dates;
    private String bodyText;
    private boolean headlineRead;
    private Element headline;
    private String afterHeadline;

    TextRegions(Document doc, TextDates dates) {
        this.doc = doc;
        this.dates = dates;
    }

    /** A date in an element marked as date/byline, or null. */
    DateCandidate marked() {
        // the words in lower case first: the selector's pattern would run on every class of the page
        Elements marked = PageElements.select(doc, MARKED, e -> PageElements.saysAny(e.attr("class"), MARKED_CLASS) || PageElements.saysAny(e.attr("id"), MARKED_ID));
        int n = 0;
        for (Element e : marked) {
            String key = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (key.contains("updat") || key.contains("modif")) continue;
            String t = e.text();
            if (t.length() > 250 || t.length() < 6) continue;
            if (++n > MAX_ELEMENTS) break;
            if (PageRegions.isAside(e) || PageRegions.inSiteHeader(e)) continue;
            DateCandidate c = dates.first(t);
            // Date boxes put day, month and year in elements of their own, often with no space
            // between them ("<span>Apr</span> <span>04</span><span>2013</span>").
            if (c == null && e.childrenSize() > 1) c = dates.first(spaced(e));
            if (c != null) return c;
        }
        return null;
    }

    /** The element's text with a space between the texts of its descendants. */
    private static String spaced(Element e) {
        StringBuilder b = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse((n, depth) -> {
            if (n instanceof TextNode tn) b.append(tn.text()).append(' ');
        }, e);
        return b.toString();
    }

    /** A date printed (not told in a sentence) just after the headline, else just above it. */
    DateCandidate justBelowTitle() {
        Element h1 = headline();
        if (h1 == null) return null;
        DateCandidate c = printedBelow();
        if (c != null || ABOVE_TITLE_CHARS == 0) return c;
        // Kickers and date lines above the headline ("Politics | 30.10.23"): the closest date.
        String before = textBefore(h1);
        DateCandidate last = null;
        int from = 0;
        for (TextDates.Found f; (f = dates.find(before, from)) != null; from = f.end()) {
            if (isPrinted(before, f)) last = f.date();
        }
        return last;
    }

    DateCandidate nearTitle() {
        // Just below the headline is where articles print their date; marked elements elsewhere
        // on the page (news tickers, archives) come second.
        DateCandidate c = printedBelow();
        if (c != null) return c;
        c = marked();
        if (c != null) return c;
        return printed(afterHeadline());
    }

    /**
     * The first date that stands alone or opens its text node ("11.01.2022, 09:50", "BERLIN, 3 May
     * 2023 - ..."). Dates told inside a sentence of the standfirst or first paragraph ("the show
     * takes place on 21 May", "vanished on November 3, 2013") are events, not the publication.
     */
    DateCandidate printed(String text) {
        int from = 0;
        for (TextDates.Found f; (f = dates.find(text, from)) != null; from = f.end()) {
            if (isPrinted(text, f)) return f.date();
        }
        return null;
    }

    private static boolean isPrinted(String text, TextDates.Found f) {
        int lineStart = text.lastIndexOf('\n', f.start()) + 1;
        int lineEnd = text.indexOf('\n', f.end());
        int lineLength = (lineEnd < 0 ? text.length() : lineEnd) - lineStart;
        return lineLength <= PROSE_LINE || f.start() - lineStart <= PROSE_LEAD;
    }

    private static boolean isUpdated(Element e) {
        String key = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return key.contains("updat") || key.contains("modif");
    }

    /** Up to ABOVE_TITLE_CHARS of text preceding the element in document order. */
    static String textBefore(Element start) {
        StringBuilder b = new StringBuilder();
        Node n = start;
        while (n != null && b.length() < ABOVE_TITLE_CHARS) {
            Node prev = n.previousSibling();
            if (prev == null) {
                n = n.parent();
                continue;
            }
            // Above the headline, the updated stamp is printed after the date (WordPress
            // "entry-date published" + "updated"): skip it even when visible.
            while (prev.childNodeSize() > 0 && !(prev instanceof Element e && (isModified(e) || isUpdated(e)))) {
                prev = prev.childNode(prev.childNodeSize() - 1);
            }
            n = prev;
            if (n instanceof TextNode tn && !tn.isBlank()) b.insert(0, tn.text() + "\n");
        }
        return b.toString();
    }

    /** The first date of the page text that a label names the publication date ("Erstellt am: ..."). */
    DateCandidate labelled() {
        String text = bodyText();
        for (MatchResult m = DateLabels.published(text, 0); m != null; m = DateLabels.published(text, m.end())) {
            int end = Math.min(text.length(), m.end() + LABEL_REACH);
            TextDates.Found f = dates.find(text.substring(m.end(), end), 0);
            // The date follows the label closely: "Published: 3 May 2023", "erschienen am Montag, 3. Mai".
            if (f != null && f.start() <= LABEL_GAP) return f.date();
        }
        return null;
    }

    /** Last resort: the first written date of the page text, scanned once and only its start. */
    DateCandidate body() {
        String text = bodyText();
        // Footers print "Last change: <date> Published: <date>": the labelled edit stamp yields.
        TextDates.Found first = dates.find(text, 0);
        for (TextDates.Found f = first, prev = null; f != null; prev = f, f = dates.find(text, f.end())) {
            if (!DateLabels.modified(text, prev == null ? 0 : prev.end(), f.start())) return f.date();
        }
        return first == null ? null : first.date();
    }

    private Element headline() {
        if (!headlineRead) headline = Headline.of(doc);
        headlineRead = true;
        return headline;
    }

    /** A date printed in the first characters after the headline. */
    private DateCandidate printedBelow() {
        String after = afterHeadline();
        return printed(after.length() > NEAR_TITLE_CHARS ? after.substring(0, NEAR_TITLE_CHARS) : after);
    }

    /** The text after the headline ("" without one), read once for both the lookups below it. */
    private String afterHeadline() {
        if (afterHeadline == null) afterHeadline = headline() == null ? "" : textAfter(headline());
        return afterHeadline;
    }

    /** The start of the page text without comments. */
    private String bodyText() {
        if (bodyText != null) return bodyText;
        return bodyText = doc.body() == null ? "" : LeadText.of(doc.body(), BODY_CHARS);
    }

    /**
     * A modification stamp meant for machines: microdata dateModified, or an updated/modified
     * element hidden from readers. A visible "updated" line stays: when it is the only date
     * shown, it is the date readers (and annotators) take as the page's date.
     */
    static boolean isModified(Element e) {
        if (e.attr("itemprop").equalsIgnoreCase("dateModified")) return true;
        String key = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        boolean hidden = key.contains("hidden") || e.attr("style").replace(" ", "").contains("display:none");
        return hidden && (key.contains("updat") || key.contains("modif"));
    }

    /** Up to AFTER_TITLE_CHARS of text following the element in document order. */
    static String textAfter(Element start) {
        StringBuilder b = new StringBuilder();
        Node n = start;
        while (n != null && b.length() < AFTER_TITLE_CHARS) {
            // A last-edit stamp printed (often hidden) next to the date is not the publication date.
            boolean descend = n.childNodeSize() > 0 && n != start && !(n instanceof Element e && isModified(e));
            Node next = descend ? n.childNode(0) : n.nextSibling();
            while (next == null && n != null) {
                n = n.parent();
                next = n == null ? null : n.nextSibling();
            }
            n = next;
            if (n instanceof TextNode tn) b.append(tn.text()).append('\n');
        }
        return b.toString();
    }
}
