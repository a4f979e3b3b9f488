package org.newsgeo.extract.body;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads the class, id, role and itemprop of an element as a vote: article content, boilerplate
 * or neither. Class names are split into words (on punctuation and camelCase) so that "ad" matches
 * "ad-slot" and "articleAd" but not "header" or "read". A word right after "has", "with", "no" or
 * "show" is ignored: "has-sidebar" describes a page layout, not a sidebar.
 */
final class Hints {
    private Hints() {}

    /** Words that mark blocks which are never article text, even inside "article-..." names. */
    private static final Set<String> STRONG = Set.of("comment", "comments", "commentlist", "disqus", "share",
            "sharing", "shares", "sharebar", "social", "socials", "related", "relatedposts", "newsletter",
            "newsletters", "promo", "promos", "promotion", "sidebar", "cookie", "cookies", "consent", "gdpr",
            "subscribe", "subscription", "signup", "sponsor", "sponsored", "advert", "advertisement",
            "advertising", "ad", "ads", "adv", "adslot", "dfp", "breadcrumb", "breadcrumbs", "nav", "navbar",
            "navigation", "menu", "popup", "modal", "outbrain", "taboola", "recirc", "recirculation",
            "recommend", "recommended", "recommendations", "trending", "popular", "mostread", "paywall",
            "caption", "captions", "credit", "credits", "byline", "bylines", "author", "authors",
            "shoutbox", "skyscraper", "promoted", "partner", "partners", "readmore",
            "rollover", "popover", "hovercard", "flyout", "adspot", "adsense", "adunit", "adbox", "adsbygoogle",
            "adzone", "googleads", "adcontainer", "adwrapper", "advertorial");

    /** Embedded posts (tweets, quotes) are part of a story even in a "social-embed" block. */
    private static final Set<String> EMBED = Set.of("embed", "embedded", "tweet", "blockquote", "quote", "pullquote");

    /** Words that mark boilerplate unless a content word is also present ("entry-footer" vs "footer"). */
    private static final Set<String> WEAK = Set.of("footer", "banner", "masthead", "widget", "widgets",
            "overlay", "toolbar", "pagination", "pager", "dateline", "timestamp", "tags", "tagcloud", "topics",
            "keywords", "rating", "tooltip", "login", "print", "skip", "copyright", "disclaimer", "rss",
            "supplemental", "more", "next", "prev", "previous", "jump", "video", "player", "gallery",
            "slideshow", "photo", "image", "img", "figure", "thumbnail", "thumb", "icon", "logo", "header",
            "headline", "title", "meta", "metadata", "info", "hidden", "invisible", "offscreen", "sronly",
            "screenreader", "date", "time", "aside", "extra", "legends", "community", "hide", "teaser", "teasers");

    /** Words that mark article containers. */
    private static final Set<String> CONTENT = Set.of("article", "articlebody", "body", "content", "entry",
            "main", "post", "story", "storybody", "text", "txt", "detail", "blog", "hentry", "prose", "richtext", "column");

    private static final Set<String> LAYOUT_PREFIX = Set.of("has", "with", "no", "non", "not", "show", "is", "enable");

    /** A class name ending in a state word ("modal-enabled", "comments-open") describes behaviour. */
    private static final Set<String> STATE = Set.of("enabled", "disabled", "active", "open", "closed",
            "visible", "loaded", "ready", "on", "off", "allowed", "count");

    /** Votes of one element, as bits. */
    static final int STRONG_WORD = 1, WEAK_WORD = 2, CONTENT_WORD = 4;

    static int votes(Element e) {
        if (e.attributesSize() == 0) return 0;
        String tag = e.normalName();
        if (tag.equals("body")) return 0;
        if (tag.equals("article") || tag.equals("main")) return semanticVotes(e);
        if (tag.equals("a")) return 0; // a link in a sentence is text ("meta-loc"); link lists are caught by density
        if (INLINE.contains(tag)) return inlineVotes(e);
        if ("articleBody".equals(e.attr("itemprop"))) return CONTENT_WORD;
        // a heading's id is an anchor slug of its own words ("nav_nur_die_folie"), not a name
        if (Tags.heading(tag)) return classWords(e.className());
        String role = e.attr("role");
        if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
                || role.equals("banner") || role.equals("dialog") || role.equals("menu")) return STRONG_WORD;
        return words(e.id()) | classWords(e.className());
    }

    private static int classWords(String cls) {
        int v = 0;
        if (cls.isEmpty()) return v;
        int start = 0;
        for (int i = 0; i <= cls.length(); i++) { // each class name on its own
            if (i < cls.length() && !Character.isWhitespace(cls.charAt(i))) continue;
            if (i > start) v |= words(cls.substring(start, i));
            start = i + 1;
        }
        return v;
    }

    private static final Set<String> INLINE = Set.of("span", "em", "strong", "b", "i", "u", "small", "font",
            "abbr", "cite", "q", "sup", "sub", "mark", "time", "bdi", "bdo");

    /**
     * Inside a sentence only strong words count, and a wrapper around a link is unwrapped: in
     * "Rep. <span class=rollover><a>Ilhan Omar</a><span class=rollover-block>card</span></span>"
     * the name stays and the hover card goes.
     */
    private static int inlineVotes(Element e) {
        int v = (words(e.id()) | classWords(e.className())) & STRONG_WORD;
        if (v == 0) return 0;
        for (Element c : e.children()) if (c.normalName().equals("a")) return 0;
        return v;
    }

    /** Taxonomy classes CMSs put on a story ("author-jane", "category-news", "tag-ukraine"). */
    private static final Set<String> TAXONOMY = Set.of("author", "category", "tag", "format", "status", "type",
            "post", "postid", "term", "topic", "section", "hentry");

    /**
     * An article or main element is a story unless a strong word says it is a dialog, ad or the like
     * ("tivi-nick-modal"); its taxonomy classes and weak words do not count.
     */
    private static int semanticVotes(Element e) {
        String cls = e.className();
        int v = words(e.id()) & STRONG_WORD;
        int start = 0;
        for (int i = 0; i <= cls.length(); i++) {
            if (i < cls.length() && !Character.isWhitespace(cls.charAt(i))) continue;
            if (i > start) {
                String name = cls.substring(start, i);
                if (!TAXONOMY.contains(firstWord(name))) v |= words(name) & STRONG_WORD;
            }
            start = i + 1;
        }
        return v;
    }

    /** Whether the element's names say it is boilerplate. */
    static boolean boilerplate(int votes) {
        return (votes & STRONG_WORD) != 0 || (votes & (WEAK_WORD | CONTENT_WORD)) == WEAK_WORD;
    }

    /** Readability-style weight of a container: +25 content words, -25 boilerplate words. */
    static int weight(Element e) {
        int v = votes(e);
        int w = 0;
        if ((v & CONTENT_WORD) != 0) w += 25;
        if (boilerplate(v)) w -= 25;
        if ("articleBody".equals(e.attr("itemprop"))) w += 50;
        return w;
    }

    /** Class names of layout systems ("l-sidebar-fixed", "row", "col-md-9"): where, not what. */
    private static final Set<String> LAYOUT_CLASS = Set.of("l", "layout", "grid", "row", "col", "container", "o", "u");

    private static int words(String s) {
        if (s.isEmpty()) return 0;
        int bem = s.indexOf("--"); // BEM modifier ("row-content--sidebar"): a variant, not a kind
        if (bem > 0) s = s.substring(0, bem);
        if (STATE.contains(lastWord(s)) || LAYOUT_CLASS.contains(firstWord(s))) return 0;
        int v = 0, n = s.length(), start = -1;
        boolean skipNext = false;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : ' ';
            boolean letter = Character.isLetter(c);
            // a word ends at a non-letter, or before an upper-case letter following a lower-case one
            boolean camel = letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1));
            if (start >= 0 && (!letter || camel)) {
                String w = s.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                if (EMBED.contains(w)) return 0;
                if (skipNext) skipNext = false;
                else if (LAYOUT_PREFIX.contains(w)) skipNext = true;
                else if (STRONG.contains(w)) v |= STRONG_WORD;
                else if (WEAK.contains(w)) v |= WEAK_WORD;
                else if (CONTENT.contains(w)) v |= CONTENT_WORD;
                start = -1;
            }
            if (letter && start < 0) start = i;
        }
        return v;
    }

    private static String firstWord(String s) {
        int st = 0, n = s.length();
        while (st < n && !Character.isLetter(s.charAt(st))) st++;
        int end = st;
        while (end < n && Character.isLetter(s.charAt(end)) && !(end > st && Character.isUpperCase(s.charAt(end)))) end++;
        return s.substring(st, end).toLowerCase(java.util.Locale.ROOT);
    }

    private static String lastWord(String s) {
        int end = s.length();
        while (end > 0 && !Character.isLetter(s.charAt(end - 1))) end--;
        int st = end;
        while (st > 0 && Character.isLetter(s.charAt(st - 1))) {
            st--;
            if (Character.isUpperCase(s.charAt(st)) && st > 0 && Character.isLowerCase(s.charAt(st - 1))) break;
        }
        return s.substring(st, end).toLowerCase(java.util.Locale.ROOT);
    }
}
