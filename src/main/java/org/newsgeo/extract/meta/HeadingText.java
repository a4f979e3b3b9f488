package org.newsgeo.extract.meta;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The headline text a reader sees in a heading element: without screen-reader-only parts, ruby
 * readings, and the kicker (roof line) or sub-line that sites print in their own small element
 * inside the h1 ("<span>Tunesien</span><br>Große Aufgaben …"). Also tells site logos (a heading
 * that is just a link to the home page) from article headings.
 */
final class HeadingText {
    /** Screen-reader-only and hidden parts: not shown, so not part of the visible headline. */
    private static final Evaluator HIDDEN = QueryParser.parse("rt, rp, style, script, [hidden], [aria-hidden=true], [class~=(?i)(^|\\s)(sr-only|visually-?hidden"
            + "|screen-?reader(-text|-only)?|element-invisible|hide-accessible|aural|hidden|invisible|offscreen)(\\s|$)]");
    /** Parsed once: jsoup parses a query string on every call. */
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    /** Class words of kicker / roof lines. */
    private static final Pattern KICKER = Pattern.compile("(?i)kicker|dachzeile|topline|toptitle|overline|roofline|supertitle"
            + "|eyebrow|pretitle|strapline");
    /** The class of a child that holds the headline proper. */
    private static final Pattern HEADLINE_CLASS = Pattern.compile("(?i).*(headline|title).*");
    /** Elements that style a block of the heading (a kicker, a sub-line), unlike inline emphasis or links. */
    private static final Pattern BLOCK = Pattern.compile("span|small|div|p");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern LEAD = Pattern.compile("^(?:[\\s|\\-–—•·:~]+|[^\\p{L}\\p{N}\\s\"'„“‚‘«]+\\s+)");
    private static final Pattern TRAIL = Pattern.compile("\\s+[|\\-–—•·:‹~/]+$");
    private static final Pattern DATE_SEPARATOR = Pattern.compile("\\s+[|\\-–—•·/]+\\s+");
    private static final Pattern LINK_HOST = Pattern.compile("(?i)//([^/?#:]+)");
    static final Pattern HOME = Pattern.compile("(?i)(https?:)?(//[^/?#]+)?/?(index\\.\\w+)?|.*https?://[^/?#]+/?");

    private HeadingText() {
    }

    /**
     * A heading's visible text and its styled blocks (kicker, headline, sub-line; one block when not
     * split); {@code whole} keeps the kicker that the heading's classes mark apart.
     */
    record Parts(String text, List<String> blocks, String whole) {
    }

    /** The visible headline text of a heading element, whitespace-collapsed, NFC. */
    static String of(Element h) {
        return parts(h).text();
    }

    static Parts parts(Element h) {
        Element copy = h.clone();
        copy.select(HIDDEN).remove();
        dropLeadingTime(copy);
        TextDates dates = TextDates.forPage(h.ownerDocument());
        String whole = withoutDate(tidy(visibleText(copy)), dates);
        Element main = withoutKicker(copy);
        String text = withoutDate(tidy(visibleText(main)), dates);
        List<String> blocks = new ArrayList<>();
        for (String b : blocks(main)) blocks.add(blocks.isEmpty() ? withoutDate(tidy(b), dates) : tidy(b));
        return new Parts(text, blocks.size() < 2 ? List.of(text) : blocks, whole);
    }

    /** A post's date printed before its headline inside the heading ("<time>Jun 17</time> Das …"). */
    private static void dropLeadingTime(Element h) {
        Element time = h.selectFirst("time");
        if (time != null && !time.text().isBlank() && h.text().startsWith(time.text())) time.remove();
    }

    /**
     * The headline after a date that opens it and a separator ("23.01.2022 - Dorothea Wierer …");
     * not after a colon, which makes the date part of the headline ("9. November 1989: Die Nacht …").
     */
    private static String withoutDate(String t, TextDates dates) {
        if (t.isEmpty() || !Character.isDigit(t.charAt(0)) && !Character.isLetter(t.charAt(0))) return t;
        TextDates.Found f = dates.opening(t);
        if (f == null) return t;
        Matcher m = DATE_SEPARATOR.matcher(t).region(f.end(), t.length());
        return m.lookingAt() && m.end() < t.length() ? t.substring(m.end()) : t;
    }

    /** Whether the heading is no headline: the site's logo, a kicker marked up as a heading, a hidden label. */
    static boolean isOther(Element h) {
        return isLogo(h) || isKicker(h) || isHidden(h);
    }

    /** Whether the heading itself is hidden (a screen-reader label such as "Navigation"). */
    static boolean isHidden(Element h) {
        return h.is(HIDDEN);
    }

    static String tidy(String s) {
        String t = SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").trim();
        t = LEAD.matcher(t).replaceFirst("");
        return TRAIL.matcher(t).replaceFirst("").trim();
    }

    /** Whether the heading only holds the site's logo or name: a link to the site's home page. */
    static boolean isLogo(Element h) {
        String key = (h.id() + " " + h.className()).toLowerCase(Locale.ROOT);
        if (key.contains("site-title") || key.contains("logo") || key.contains("site-name") || key.contains("blog-title")) return true;
        Element a = h.selectFirst(LINK);
        if (a == null) a = h.closest(LINK);
        if (a == null || a.text().length() < h.text().length() * 0.9) return false;
        return a.attr("rel").equals("home") || isHomeLink(a.attr("href").trim());
    }

    /** "/", "https://example.org/", "index.php", an archived copy's "…/http://example.org/". */
    static boolean isHomeLink(String href) {
        return !href.isEmpty() && fewSlashesAfterHost(href) && homeTail(href) && HOME.matcher(href).matches();
    }

    /**
     * Another cheap necessary condition for {@link #HOME}: after the last "/" of a home link comes
     * nothing, the host (right after "//"), or an index page; not an article's name.
     */
    private static boolean homeTail(String href) {
        int last = href.lastIndexOf('/');
        if (last < 0 || last == href.length() - 1 || last > 0 && href.charAt(last - 1) == '/') return true;
        return href.regionMatches(true, last + 1, "index.", 0, 6);
    }

    /**
     * A cheap necessary condition for {@link #HOME}, which most links fail (article paths): past the
     * last "//" (or in the whole link when it has none) a home link has at most one "/".
     */
    private static boolean fewSlashesAfterHost(String href) {
        int host = href.lastIndexOf("//");
        int slashes = 0;
        for (int i = host < 0 ? 0 : host + 2; i < href.length(); i++) if (href.charAt(i) == '/' && ++slashes > 1) return false;
        return true;
    }

    /** A home link of the page's own site (same domain, ignoring subdomains), not of a site it cites. */
    static boolean isOwnHomeLink(String href, String host) {
        if (!isHomeLink(href)) return false;
        Matcher m = LINK_HOST.matcher(href);
        String linked = null;
        while (m.find()) linked = m.group(1);
        return linked == null || host == null || domain(linked).equals(domain(host));
    }

    private static String domain(String host) {
        String[] l = host.toLowerCase(Locale.ROOT).split("\\.");
        return l.length < 2 ? host : l[l.length - 2] + "." + l[l.length - 1];
    }

    /** Whether the heading's own class names it a kicker (some sites mark the roof line up as h1). */
    static boolean isKicker(Element h) {
        return KICKER.matcher(h.className()).find();
    }

    /** The element holding the headline proper: a child marked as headline, else the heading without kicker elements. */
    private static Element withoutKicker(Element h) {
        String all = h.text();
        for (Element e : h.select("*")) {
            // A child marked as the headline proper, when it holds most of the heading (not just a first line).
            if (e != h && HEADLINE_CLASS.matcher(e.className()).matches() && !KICKER.matcher(e.className()).find()
                    && e.text().length() >= 3 && e.text().length() >= all.length() * 0.6) return e;
        }
        for (Element k : h.select("*")) if (k != h && KICKER.matcher(k.className()).find() && k.text().length() < all.length()) k.remove();
        return h;
    }

    /**
     * The heading split into its styled blocks: child span/small/div/p elements and the text
     * between them. One block when inline markup (links, emphasis) is mixed in: then the parts
     * are words of one headline, not a kicker and a headline.
     */
    private static List<String> blocks(Element h) {
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node n : h.childNodes()) {
            if (n instanceof TextNode tn) {
                text.append(tn.getWholeText());
            } else if (n instanceof Element e) {
                if (e.normalName().equals("br")) {
                    flush(text, out);
                } else if (BLOCK.matcher(e.normalName()).matches()) {
                    flush(text, out);
                    if (!e.text().isBlank()) out.add(visibleText(e).trim());
                } else {
                    return List.of(visibleText(h));
                }
            }
        }
        flush(text, out);
        out.removeIf(p -> !LETTER_OR_DIGIT.matcher(p).find());
        return out;
    }

    /**
     * The element's text as {@link Element#text()} gives it, but with the soft hyphens and
     * zero-width spaces that jsoup drops: they are part of the page's text (and of annotators' copies).
     */
    static String visibleText(Element e) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) b.append(t.getWholeText());
            else if (node instanceof Element el && (el.isBlock() || el.normalName().equals("br")) && depth > 0) b.append(' ');
        }, e);
        return SPACES.matcher(b).replaceAll(" ").trim();
    }

    private static void flush(StringBuilder text, List<String> out) {
        if (!text.toString().isBlank()) out.add(text.toString().trim());
        text.setLength(0);
    }
}
