package org.newsgeo.extract.meta;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** Recognises page regions whose dates and names belong to other content: comments, related lists, footers. */
final class PageRegions {
    private static final String[] ASIDE_WORDS = {"comment", "related", "sidebar", "footer", "widget", "teaser",
            "recommend", "popular", "trending", "reply", "respon", "more-", "read-more", "carousel", "newsletter"};

    private PageRegions() {
    }

    static boolean isAside(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("aside") || tag.equals("footer") || tag.equals("nav")) return true;
            if (tag.equals("body")) return false;
            String key = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
            if (key.isBlank()) continue;
            for (String w : ASIDE_WORDS) if (key.contains(w)) return true;
        }
        return false;
    }
}
