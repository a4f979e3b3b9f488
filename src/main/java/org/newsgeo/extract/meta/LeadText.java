package org.newsgeo.extract.meta;

import java.util.regex.Pattern;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeFilter;

/**
 * The start of an element's text as {@link Element#text()} spaces it, leaving out reader comments
 * (elements whose class or id says "comment") and stopping after a given length. One walk over the
 * page, without copying it and without reading past the part that is kept.
 */
final class LeadText {
    private static final Pattern COMMENT = Pattern.compile("(?i)comment");

    private LeadText() {
    }

    /** At most {@code limit} characters of the text of {@code root} without comment blocks. */
    static String of(Element root, int limit) {
        StringBuilder b = new StringBuilder();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (b.length() > limit) return FilterResult.STOP;
                if (node instanceof TextNode t) {
                    if (t instanceof CDataNode || preformatted(t)) b.append(t.getWholeText());
                    else NormalisedText.append(b, t.getWholeText(), endsWithSpace(b));
                } else if (node instanceof Element e) {
                    if (node != root && isComment(e)) return FilterResult.SKIP_ENTIRELY;
                    if (b.length() > 0 && separatesBefore(e) && !endsWithSpace(b)) b.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                Node next = node.nextSibling();
                if (node instanceof Element e && separatesAfter(e)
                        && (next instanceof TextNode || next instanceof Element n && n.tag().isInline()) && !endsWithSpace(b)) {
                    b.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        });
        // Trim as text() does; when the walk stopped early the text goes on, so its end stays.
        int start = 0;
        while (start < b.length() && b.charAt(start) <= ' ') start++;
        String text = b.length() > limit ? b.substring(start) : b.toString().trim();
        return text.length() > limit ? text.substring(0, limit) : text;
    }

    // Word separation as jsoup's text() does it (1.24): blocks, br and text-boundary tags such as
    // form controls and table cells keep their words apart from their neighbours'.
    private static boolean separatesBefore(Element e) {
        return e.isBlock() || e.nameIs("br") || e.tag().is(Tag.TextBoundary) && e.childNodeSize() > 0 && e.hasText();
    }

    private static boolean separatesAfter(Element e) {
        if (e.tag().is(Tag.TextBoundary) || !e.tag().isInline()) return true;
        // the children in place: children() would copy them for every inline element
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) if (c.isBlock()) return true;
        return false;
    }

    /** Text inside pre (or a tag like it) keeps its spacing, a few levels up as jsoup looks. */
    private static boolean preformatted(TextNode t) {
        Node p = t.parent();
        for (int i = 0; i < 6 && p instanceof Element e; i++, p = p.parent()) {
            if (e.tag().preserveWhitespace()) return true;
        }
        return false;
    }

    private static boolean isComment(Element e) {
        String cls = e.className();
        String id = e.id();
        return !cls.isEmpty() && COMMENT.matcher(cls).find() || !id.isEmpty() && COMMENT.matcher(id).find();
    }

    private static boolean endsWithSpace(StringBuilder b) {
        return b.length() != 0 && b.charAt(b.length() - 1) == ' ';
    }
}
