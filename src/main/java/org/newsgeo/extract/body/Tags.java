package org.newsgeo.extract.body;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Tag classes the scorer and the writer agree on. */
final class Tags {
    private Tags() {}

    /** Never text of an article: code, media, controls, navigation chrome. (noscript is read: Blogger
     * and others put the post there for readers without JavaScript.) */
    private static final Set<String> SKIP = Set.of("script", "style", "template", "svg", "math",
            "iframe", "object", "embed", "video", "audio", "canvas", "select", "option", "button", "input",
            "textarea", "nav", "aside", "footer", "figcaption", "head", "title", "meta", "link",
            "dialog", "menu", "label", "rt", "rp"); // rt, rp: ruby readings (furigana, pinyin) over the text

    /** Elements that start a new line of output. */
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody",
            "section", "article", "main", "header", "figure", "address", "hr", "center", "details",
            "summary", "caption", "body", "picture", "hgroup");

    /** Elements whose own text is scored as a paragraph. */
    private static final Set<String> PARAGRAPH = Set.of("p", "pre", "td", "blockquote", "dd");

    static boolean skipped(Element e) {
        return SKIP.contains(e.normalName()) || hidden(e);
    }

    static boolean block(String tag) {
        return BLOCK.contains(tag);
    }

    static boolean paragraph(String tag) {
        return PARAGRAPH.contains(tag);
    }

    static boolean heading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** Invisible to a reader: hidden attribute, aria-hidden, inline display:none. */
    static boolean hidden(Element e) {
        if (e.attributesSize() == 0) return false;
        if (e.hasAttr("hidden")) return true;
        if ("true".equals(e.attr("aria-hidden"))) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
