package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Where a page names its authors, most trusted first: JSON-LD author, author meta tags (when
 * they hold a name rather than a profile URL), byline elements in the page, then bylines printed
 * as text below the headline. The author is who the reader sees in the byline: a structured-data
 * name that the page never prints (a CMS account, an editor of record) is not taken, nor one that
 * only names the site or publisher ("National Geographic", "tagesschau.de"), so the next source
 * can name the person. A byline printed on the page counts as written, even when it names the
 * publication ("Von Presse Augsburg", "By Wikimedia Foundation").
 */
final class Authors {
    private static final String[] META_KEYS = {"author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator", "byl", "twitter:creator"};
    private static final String BYLINE = "[itemprop=author], [rel=author], [itemtype~=(?i)schema.org/Person], [class~=(?i)author|byline|verfasser|autor|username], "
            + "[id~=(?i)author|byline], a[href~=/(author|autor|autoren|profil|profile)/]";
    /** Byline-like elements that hold pictures or biographies, not the name. */
    private static final String NOT_NAME = "(?i).*(avatar|image|img|photo|bio|desc|about|box|social|follow).*";

    private static final String TEASER = "(?i).*(slider|carousel|related|recommend|popular|more-from|read-more).*";

    private static final int SCRIPT_RENDERED = 500;

    private Authors() {
    }

    static List<String> find(Document doc, MetaTags meta, JsonLd ld, TextDates dates, String siteName, String host) {
        String body = doc.body() == null ? "" : doc.body().text().toLowerCase(Locale.ROOT);
        List<String> out = printed(fromJsonLd(ld, dates, siteName, host), body);
        if (!out.isEmpty()) return out;
        out = printed(fromMeta(meta, dates, siteName, host), body);
        if (!out.isEmpty()) return out;
        out = fromElements(doc, dates);
        if (!out.isEmpty()) return out;
        Element headline = Headline.of(doc);
        // Pages without an h1 (blogs, landing pages) open the article with an h2.
        if (headline == null) headline = doc.selectFirst("article h2, main h2, h2");
        return TextBylines.find(headline, dates);
    }

    /**
     * The names when the page prints every one of them, else none (the list is not the byline).
     * A page with next to no text of its own (rendered by script, a stub) shows no byline to
     * compare with: there the structured data is all there is.
     */
    static List<String> printed(List<String> names, String body) {
        if (body.length() < SCRIPT_RENDERED) return names;
        for (String n : names) if (!body.contains(n.toLowerCase(Locale.ROOT))) return new ArrayList<>();
        return names;
    }

    static List<String> fromJsonLd(JsonLd ld, TextDates dates, String siteName, String host) {
        List<String> out = new ArrayList<>();
        if (ld == null) return out;
        for (String a : ld.authors()) if (!a.startsWith("http")) out.addAll(AuthorParser.parse(a, dates));
        return AuthorParser.dedupe(persons(out, siteName, host));
    }

    static List<String> fromMeta(MetaTags meta, TextDates dates, String siteName, String host) {
        for (String key : META_KEYS) {
            for (String v : meta.all(key)) {
                if (v.startsWith("http") || v.startsWith("@") || v.startsWith("www.")) continue;
                List<String> names = persons(AuthorParser.parse(v, dates), siteName, host);
                if (!names.isEmpty()) return names;
            }
        }
        return new ArrayList<>();
    }

    static List<String> fromElements(Document doc, TextDates dates) {
        Elements candidates = doc.select(BYLINE);
        int n = 0;
        for (Element e : candidates) {
            if (++n > 40) break;
            String key = e.className() + " " + e.id();
            if (key.matches(NOT_NAME) || PageRegions.isAside(e) || inTeaser(e)) continue;
            if (hasCandidateInside(e, candidates, dates)) continue;
            List<String> names = namesIn(e, dates);
            if (!names.isEmpty()) return names;
        }
        return new ArrayList<>();
    }

    private static List<String> namesIn(Element e, TextDates dates) {
        Element name = e.selectFirst("[itemprop=name]");
        String text = (name != null ? name : e).text();
        if (text.isBlank() && e.hasAttr("content")) text = e.attr("content");
        if (text.length() > 100) return new ArrayList<>();
        return AuthorParser.parse(text, dates);
    }

    /** Teasers for other articles carry their authors, also inside the article element. */
    private static boolean inTeaser(Element e) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            if ((a.className() + " " + a.id()).matches(TEASER)) return true;
        }
        return false;
    }

    /** An inner candidate that names someone is more precise than its box (a "von" label is not). */
    private static boolean hasCandidateInside(Element e, Elements candidates, TextDates dates) {
        for (Element d : e.getAllElements()) {
            if (d != e && candidates.contains(d) && !namesIn(d, dates).isEmpty()) return true;
        }
        return false;
    }

    /** The site's name, or one part of a site name that carries a title ("Achtsam durch die Krise | Die FURCHE"). */
    private static boolean isSite(String name, String siteName, String host) {
        if (TitleCleaner.isSiteName(name, siteName, host)) return true;
        if (siteName == null) return false;
        for (String part : siteName.split("\\s+[|–—:·-]\\s+")) if (TitleCleaner.isSiteName(name, part, null)) return true;
        return false;
    }

    /** Drops names that are the site itself or a domain. */
    private static List<String> persons(List<String> names, String siteName, String host) {
        List<String> out = new ArrayList<>();
        for (String nm : names) {
            String low = nm.toLowerCase(Locale.ROOT);
            if (low.matches(".*\\.(de|com|at|ch|org|net|fr|uk|it|es)\\b.*")) continue;
            if (isSite(nm, siteName, host)) continue;
            out.add(nm);
        }
        return out;
    }
}
