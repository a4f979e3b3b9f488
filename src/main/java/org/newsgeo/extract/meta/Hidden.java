package org.newsgeo.extract.meta;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Markup the reader never sees: inline display:none / visibility:hidden and the hidden attribute.
 * Themes print the author there for search engines ({@code <div class="td-author-name vcard
 * author" style="display: none">}), which is not a byline. Hiding classes are not read: "hidden",
 * "d-none" or "overflow-hidden" are as often responsive or layout classes of visible text, and
 * "sr-only" text is read aloud to readers. A class that hides the element for search engines
 * only ("rich-snippet-hidden") is read.
 */
final class Hidden {
    private static final Pattern FOR_SEARCH_ENGINES = Pattern.compile("(?i)(?<![\\w-])(?:rich-)?(?:snippet|seo|schema|microdata)[-_]?hidden(?![\\w-])");

    private Hidden() {
    }

    static boolean is(Element e) {
        // most elements have no attributes at all: nothing to read
        if (e.attributesSize() == 0) return false;
        if (e.hasAttr("hidden")) return true;
        String cls = e.className();
        // a cheap test first: the pattern only runs on the few classes that say "hidden"
        if ((cls.contains("idden") || cls.contains("IDDEN")) && FOR_SEARCH_ENGINES.matcher(cls).find()) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** The element or one of its ancestors is hidden. */
    static boolean within(Element e) {
        for (Element a = e; a != null; a = a.parent()) if (is(a)) return true;
        return false;
    }

    /** The text of the element without its hidden parts, words separated by spaces. */
    static String visibleText(Element root) {
        StringBuilder b = new StringBuilder();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && is(e)) return FilterResult.SKIP_ENTIRELY;
                if (node instanceof TextNode t) {
                    appendCollapsed(b, t.getWholeText());
                    appendCollapsed(b, " ");
                }
                return FilterResult.CONTINUE;
            }
        });
        return b.toString();
    }

    /**
     * Appends a text node's text as {@link TextNode#text()} reads it (no zero-width spaces or soft
     * hyphens, a no-break space is a space) with each run of white space as one space, as {@code
     * replaceAll("\\s+", " ")} over the whole text would: every space in {@code b} stands for such a
     * run. One pass over the node's raw text, without the copy text() makes.
     */
    private static void appendCollapsed(StringBuilder b, String s) {
        int run = 0;   // start of the characters not yet copied: copied at once, not one by one
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = NormalisedText.isWhite(c) || c == '\u000B';
            if (!ws && !NormalisedText.isInvisible(c)) continue;
            if (run < i) b.append(s, run, i);
            run = i + 1;
            if (ws && (b.isEmpty() || b.charAt(b.length() - 1) != ' ')) b.append(' ');
        }
        if (run < s.length()) b.append(s, run, s.length());
    }
}
