package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Bylines in marked elements: itemprop/rel author, schema.org Person, classes and ids that say
 * author/byline, links to author pages. The first candidate (in page order) that names someone
 * wins, unless it holds pictures or biographies, is hidden, or sits in the page furniture or in a
 * teaser for another article.
 */
final class BylineElements {
    private static final int MAX_CANDIDATES = 40;
    private static final int MAX_CHARS = 100;
    private static final String[] CLASS_WORDS = {"author", "byline", "verfasser", "autor", "username"};
    private static final String[] ID_WORDS = {"author", "byline"};
    private static final Pattern AUTHOR_PAGE = Pattern.compile("/(author|autor|autoren|profil|profile)/");
    /** Byline-like elements that hold pictures or biographies, not the name. */
    private static final Pattern NOT_NAME = Pattern.compile("(?i).*(avatar|image|img|photo|bio|desc|about|box|social|follow|credit|license|copyright|caption).*");
    /** Lists of other articles carry their authors, also inside the article element. */
    private static final String[] OTHER_ARTICLE_WORDS = {"slider", "carousel", "related", "recommend", "popular", "more-from", "read-more"};
    private static final Pattern OTHER_ARTICLES = Pattern.compile("(?i).*(" + String.join("|", OTHER_ARTICLE_WORDS) + ").*");
    /** Structured items that carry their own author: a product review, a reader's comment, a forum answer. */
    private static final Pattern OTHER_WORKS = Pattern.compile("(?i).*schema\\.org/(review|comment|answer|question|book|product)\\b.*");

    /** Site menus and the page footer by their landmark role or id ("<div id=footer>", "role=navigation"). */
    private static final Pattern SITE_FRAME = Pattern.compile("(?i)navigation|contentinfo|(site-|page-)?footer");

    private final TextDates dates;
    private final Map<Element, List<String>> names = new IdentityHashMap<>();

    private BylineElements(TextDates dates) {
        this.dates = dates;
    }

    static List<String> find(Document doc, TextDates dates) {
        return new BylineElements(dates).first(candidates(doc));
    }

    private List<String> first(List<Element> candidates) {
        int n = 0;
        for (int i = 0; i < candidates.size() && n < MAX_CANDIDATES; i++) {
            Element e = candidates.get(i);
            n++;
            if (NOT_NAME.matcher(e.className() + " " + e.id()).matches() || PageRegions.isAside(e) || aboutOtherArticles(e)
                    || Hidden.within(e)) continue;
            if (namedInside(e, candidates, i) || contactCard(e)) continue;
            List<String> found = namesIn(e);
            if (!found.isEmpty()) return found;
        }
        return new ArrayList<>();
    }

    /** One pass over the page; an attribute-regex selector per marker costs several times more. */
    private static List<Element> candidates(Document doc) {
        List<Element> out = new ArrayList<>();
        for (Element e : PageElements.all(doc)) if (isCandidate(e)) out.add(e);
        return out;
    }

    private static boolean isCandidate(Element e) {
        // The headline is not its byline ("<h1 id=ifAuthor>Brasília</h1>" names the section).
        if (e.attributesSize() == 0 || e.normalName().equals("h1")) return false;
        if (e.attr("itemprop").equalsIgnoreCase("author") || e.attr("rel").equalsIgnoreCase("author")) return true;
        if (e.attr("itemtype").toLowerCase(Locale.ROOT).contains("schema.org/person")) return true;
        if (PageElements.saysAny(e.className(), CLASS_WORDS) || PageElements.saysAny(e.id(), ID_WORDS)) return true;
        return e.normalName().equals("a") && authorPage(e.attr("href"));
    }

    /** A link to an author's page; the cheap test first: every such path has "/aut" or "/prof". */
    private static boolean authorPage(String href) {
        return (href.contains("/aut") || href.contains("/prof")) && AUTHOR_PAGE.matcher(href).find();
    }

    private static boolean aboutOtherArticles(Element e) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            String key = a.className() + " " + a.id();
            if (PageElements.saysAny(key, OTHER_ARTICLE_WORDS) && OTHER_ARTICLES.matcher(key).matches()) return true;
            if (a != e && OTHER_WORKS.matcher(a.attr("itemtype")).matches()) return true;
            if (SITE_FRAME.matcher(a.attr("role")).matches() || SITE_FRAME.matcher(a.id()).matches()) return true;
            // A quotation's speaker; a teaser card that links as a whole to another article.
            if (a.normalName().equals("blockquote")) return true;
            if (a != e && a.normalName().equals("a") && a.hasAttr("href") && !authorPage(a.attr("href"))) return true;
        }
        return false;
    }

    /** A press contact ("Pressesprecherin", a telephone number) names whom to call, not who wrote the article. */
    private static boolean contactCard(Element e) {
        return e.selectFirst("[itemprop=telephone], a[href^=tel:]") != null;
    }

    /**
     * An inner candidate that names someone is more precise than its box (a "von" label is not).
     * Candidates come in page order, so the ones inside {@code e} follow it directly.
     */
    private boolean namedInside(Element e, List<Element> candidates, int at) {
        for (int j = at + 1; j < candidates.size(); j++) {
            Element d = candidates.get(j);
            if (!isInside(d, e)) return false;
            // ... unless the box lists more authors than its first link ("Isabel Caro, Rocío Latorre y José Miguel Wilson").
            if (!namesIn(d).isEmpty()) return !AuthorParser.listsMore(namesIn(e), namesIn(d));
        }
        return false;
    }

    private static boolean isInside(Element d, Element e) {
        for (Element a = d.parent(); a != null; a = a.parent()) if (a == e) return true;
        return false;
    }

    private List<String> namesIn(Element e) {
        return names.computeIfAbsent(e, k -> {
            Element name = k.selectFirst("[itemprop=name]");
            String text = (name != null ? name : k).text();
            if (text.isBlank() && k.hasAttr("content")) text = k.attr("content");
            return text.length() > MAX_CHARS ? List.of() : AuthorParser.parsePrinted(text, dates);
        });
    }
}
