package org.newsgeo.extract.meta;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Recognises page regions whose dates and names belong to other content: comments, related lists,
 * the page footer. An article's own footer ("post-footer", a footer inside the article) is not one:
 * blogs put the post's date and author there.
 */
final class PageRegions {
    /** Never the article's own content. */
    private static final String[] OTHER_CONTENT = {"comment", "related", "recommend", "reply", "respon"};
    /** Page furniture, unless the page puts it inside the article element. */
    private static final String[] FURNITURE = {"sidebar", "teaser", "popular", "trending", "read-more", "carousel",
            "newsletter"};

    private static final String[] LAYOUT = {"mainwrap", "main-wrap", "main-container", "maincontainer", "has-sidebar", "with-sidebar"};

    private PageRegions() {
    }

    static boolean isAside(Element e) {
        boolean inArticle = false;
        for (Element a = e; a != null; a = a.parent()) {
            if (a.normalName().equals("article")) { inArticle = true; break; }
        }
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("body") || tag.equals("article")) return false;
            // An aside inside the article is often its own meta box (date, author); comments
            // and related lists in it are still caught by their class words below.
            if (tag.equals("nav") || (tag.equals("aside") && !inArticle)) return true;
            if (tag.equals("footer") && !inArticle) return true;
            String key = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
            if (key.isBlank()) continue;
            for (String w : OTHER_CONTENT) if (key.contains(w)) return true;
            // A layout wrapper ("mainwrap sidebar", "main-container has-sidebar") names the
            // page layout it holds, not a region of furniture.
            if (!inArticle && !isLayoutWrapper(key)) for (String w : FURNITURE) if (key.contains(w)) return true;
        }
        return false;
    }

    /**
     * Whether the element sits in the site's header bar: a {@code <header>} outside any article
     * that holds the navigation but no headline. A date there is today's date or a ticker's.
     */
    static boolean inSiteHeader(Element e) {
        Element parent = e.parent();
        if (parent == null || parent.closest("article") != null) return false;
        for (Element a = parent; a != null; a = a.parent()) {
            if (a.normalName().equals("header") && a.selectFirst("h1") == null
                    && a.selectFirst("nav, [class~=(?i)\\bnav|menu], [id~=(?i)\\bnav|menu]") != null) return true;
        }
        return false;
    }

    private static boolean isLayoutWrapper(String key) {
        for (String w : LAYOUT) if (key.contains(w)) return true;
        return false;
    }
}
