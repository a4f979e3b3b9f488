package org.newsgeo.extract.meta;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The heading a reader takes for the article's headline when no declared title confirms one:
 * the last one printed just before the main text the body extractor chose, else the one that opens
 * that text (before its first paragraph). Headings of navigation, side boxes, the site logo, other
 * stories' teasers, box labels and date headers are no candidates.
 */
final class MainHeading {
    /** Class / itemprop words of headline elements that are not h1/h2 (a styled div or p). */
    private static final Pattern TITLE_CLASS = Pattern.compile("(?i)(^|[\\s_-])(?<!sub[_-])(headline|title)([\\s_-]|$)");
    /** Lower headings (a page label such as "Wochenbericht 14. - 20. Januar 2022" over the h2) are no paragraph. */
    private static final Pattern MINOR_HEADING = Pattern.compile("h[3-6]");
    private static final int MIN_CHARS = 10;
    private static final int MAX_CHARS = 200;
    /** Text of more than this length between a heading and the main text: the heading belongs to something else. */
    private static final int MAX_BETWEEN = 400;
    /** Own text of this length is a paragraph: the main text has begun. */
    private static final int PARAGRAPH = 25;

    private MainHeading() {
    }

    /** The headline text near {@code mainText}, or null when no heading there looks like one. */
    static String find(Document doc, Element mainText, Collection<String> siteNames, String host) {
        if (mainText == null || mainText == doc.body()) return null;
        TextDates dates = TextDates.forPage(doc);
        List<Element> all = PageElements.all(doc);
        int start = all.indexOf(mainText);
        Set<Element> around = new HashSet<>(mainText.parents());
        int between = 0; // text printed between a heading and the main text: teasers, not bylines or dates
        for (int i = start - 1; i >= 0 && between <= MAX_BETWEEN; i--) {
            Element e = all.get(i);
            if (around.contains(e)) continue;
            String t = isHeading(e) ? text(e, mainText, siteNames, host, dates) : null;
            if (t != null) return t;
            between += e.ownText().length();
        }
        // none just before: the main text may open with its own heading (a story container holding the h1)
        for (Element e : mainText.getAllElements()) {
            if (e != mainText && isHeading(e)) {
                String t = text(e, mainText, siteNames, host, dates);
                if (t != null) return t;
            } else if (e.ownText().length() >= PARAGRAPH && !MINOR_HEADING.matcher(e.normalName()).matches()) break;
        }
        return null;
    }

    private static boolean isHeading(Element e) {
        String tag = e.normalName();
        return tag.equals("h1") || tag.equals("h2") || isStyledHeadline(e);
    }

    /** A div, p or span styled as a headline, not inside a link. */
    static boolean isStyledHeadline(Element e) {
        String tag = e.normalName();
        // a styled element inside a link is the link's label ("<a><span class=wm-title>Alexa Crawls</span></a>")
        if (!(tag.equals("div") || tag.equals("p") || tag.equals("span") || tag.equals("header"))) return false;
        return (titleClass(e.className(), e.id()) || e.attr("itemprop").toLowerCase(Locale.ROOT).equals("headline"))
                && e.closest("a") == null;
    }

    /** {@link #TITLE_CLASS} in the class and id, behind a cheap test: most classes and ids say neither word. */
    private static boolean titleClass(String cls, String id) {
        if (!PageElements.saysAny(cls, "title", "headline") && !PageElements.saysAny(id, "title", "headline")) return false;
        return TITLE_CLASS.matcher(cls + " " + id).find();
    }

    private static String text(Element h, Element main, Collection<String> siteNames, String host, TextDates dates) {
        // an aside, unless the main text sits in the same kind of region: its class words are layout then
        if (HeadingText.isOther(h) || PageRegions.isAside(h) && !PageRegions.isAside(main)) return null;
        if (isTeaser(h, main)) return null;
        String t = HeadingText.of(h);
        // one word in a spaced script is a box label ("Remplaçants", "Gaspreise"), not a headline
        if (!t.contains(" ") && t.matches(".*\\p{IsLatin}.*")) return null;
        if (t.length() < MIN_CHARS || t.length() > MAX_CHARS || TitleCleaner.isMostlySiteName(t, siteNames, host)) return null;
        return isDate(t, dates) ? null : t;
    }

    /** A linked heading in another article element: the teaser of another story ("you may also like"). */
    private static boolean isTeaser(Element h, Element main) {
        Element story = h.closest("article");
        if (story == null || story.equals(main) || main.parents().contains(story)) return false;
        Element a = h.selectFirst("a[href]");
        if (a == null) a = h.closest("a[href]");
        return a != null && a.text().length() * 2 >= h.text().length();
    }

    /** Blogs head each day's posts with its date ("Samstag, 5. Oktober 2013"): a date is no headline. */
    private static boolean isDate(String t, TextDates dates) {
        TextDates.Found f = dates.find(t, 0);
        return f != null && (f.end() - f.start()) * 2 >= t.length();
    }
}
