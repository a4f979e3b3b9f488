package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where a page names its authors, most trusted first: JSON-LD author, author meta tags (when
 * they hold a name rather than a profile URL), byline elements in the page, then bylines printed
 * as text below the headline. The author is who the reader sees in the byline: a structured-data
 * name that the page never prints (a CMS account, an editor of record) is not taken, nor one that
 * only names the site or publisher ("National Geographic", "tagesschau.de"), so the next source
 * can name the person. A byline printed on the page counts as written, even when it names the
 * publication or the desk ("Von Presse Augsburg", "By Wikimedia Foundation", "Von Redaktion").
 * A first name alone is completed where the page prints the full name as a byline ({@link FullNames}).
 */
final class Authors {
    private static final String[] META_KEYS = {"author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator", "byl", "twitter:creator"};
    private static final int SCRIPT_RENDERED = 500;

    private Authors() {
    }

    static List<String> find(Document doc, MetaTags meta, JsonLd ld, TextDates dates, String siteName, String host) {
        Shown shown = new Shown(doc);
        List<String> names = choose(doc, meta, ld, dates, siteName, host, shown);
        if (names.stream().allMatch(n -> n.contains(" ")) || doc.body() == null) return names;
        // A name that is the site's ("stylegart") has no surname to find.
        return FullNames.completed(names, doc.body(), shown::text, n -> isSite(n, siteName, host));
    }

    /** The page's visible text, read once and only when a source needs it (it walks the whole body). */
    private static final class Shown {
        private final Document doc;
        private String text;
        private String lower;

        Shown(Document doc) {
            this.doc = doc;
        }

        String text() {
            if (text == null) text = doc.body() == null ? "" : Hidden.visibleText(doc.body());
            return text;
        }

        String lower() {
            if (lower == null) lower = text().toLowerCase(Locale.ROOT);
            return lower;
        }
    }

    /**
     * The first source that names someone, in order of trust; a later source that prints the same
     * names and more ("Lars Fischer" in the byline element, "Von Lars Fischer und Alina
     * Schadwinkel" below the headline) gives the whole list.
     */
    private static List<String> choose(Document doc, MetaTags meta, JsonLd ld, TextDates dates, String siteName, String host,
            Shown shown) {
        List<Supplier<List<String>>> sources = List.of(
                () -> ifPrinted(fromJsonLd(ld, dates, siteName, host), shown),
                () -> ifPrinted(fromMeta(meta, dates, siteName, host), shown),
                () -> BylineElements.find(doc, dates),
                () -> TextBylines.find(headline(doc), dates));
        for (int i = 0; i < sources.size(); i++) {
            List<String> names = sources.get(i).get();
            if (names.isEmpty()) continue;
            for (int j = i + 1; j < sources.size(); j++) {
                List<String> more = sources.get(j).get();
                if (AuthorParser.listsMore(more, names)) names = more;
            }
            return names;
        }
        return new ArrayList<>();
    }

    private static Element headline(Document doc) {
        Element headline = Headline.of(doc);
        // Pages without an h1 (blogs, landing pages) open the article with an h2.
        if (headline == null) headline = doc.selectFirst("article h2, main h2, h2");
        // Pages built from small headings only: the first of them.
        if (headline == null) headline = doc.selectFirst("h3, h4, h5, h6");
        // No heading at all: the page is read from the top ("责任编辑： 焦鹏" under the text).
        return headline != null || doc.body() == null ? headline : doc.body().firstElementChild();
    }

    private static List<String> ifPrinted(List<String> names, Shown shown) {
        if (names.isEmpty()) return names;
        return printed(names, shown.lower()) ? names : new ArrayList<>();
    }

    /**
     * Whether the page shows every one of the names (else the list is not the byline); {@code shown}:
     * the page's visible text in lower case, without hidden markup printed for search engines.
     * A page with next to no text of its own (rendered by script, a stub) shows no byline to
     * compare with: there the structured data is all there is.
     */
    private static boolean printed(List<String> names, String shown) {
        if (shown.length() < SCRIPT_RENDERED) return true;
        for (String n : names) if (!shown.contains(n.toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    static List<String> fromJsonLd(JsonLd ld, TextDates dates, String siteName, String host) {
        List<String> out = new ArrayList<>();
        if (ld == null) return out;
        for (String a : ld.authors()) if (!a.startsWith("http") && !isSite(a, siteName, host)) out.addAll(AuthorParser.parse(a, dates));
        return AuthorParser.dedupe(persons(out, siteName, host));
    }

    static List<String> fromMeta(MetaTags meta, TextDates dates, String siteName, String host) {
        for (String key : META_KEYS) {
            for (String v : meta.all(key)) {
                // "Jobs & Hire" is the site before it is a list of two names.
                if (v.startsWith("http") || v.startsWith("@") || v.startsWith("www.") || isSite(v, siteName, host)) continue;
                // The site's own account posting the card ("folha" as creator and as site) is no byline.
                if (key.equals("twitter:creator") && siteAccount(v, meta.first("twitter:site"))) continue;
                List<String> names = persons(AuthorParser.parse(v, dates), siteName, host);
                if (!names.isEmpty()) return names;
            }
        }
        return persons(LabelledMeta.authors(meta, dates), siteName, host);
    }

    private static boolean siteAccount(String creator, String site) {
        return site != null && creator.equalsIgnoreCase(site.replaceFirst("^@", ""));
    }

    /**
     * The site's name, one part of a site name that carries a title ("Achtsam durch die Krise | Die
     * FURCHE"), or the name the site's address abbreviates ("Deutsche Welle" on dw.com).
     */
    private static boolean isSite(String name, String siteName, String host) {
        if (TitleCleaner.isSiteName(name, siteName, host) || abbreviatedBy(name, host)) return true;
        if (siteName == null) return false;
        for (String part : siteName.split("\\s+[|–—:·-]\\s+")) if (TitleCleaner.isSiteName(name, part, null)) return true;
        return false;
    }

    /** Whether the host's name ("dw" in www.dw.com) is the initials of a name of two or more words. */
    private static boolean abbreviatedBy(String name, String host) {
        String[] words = name.split("[\\s-]+");
        if (host == null || words.length < 2) return false;
        StringBuilder initials = new StringBuilder();
        for (String w : words) if (!w.isEmpty()) initials.append(Character.toLowerCase(w.charAt(0)));
        String label = host.toLowerCase(Locale.ROOT).replaceFirst("^(www|m)\\.", "");
        return label.startsWith(initials + ".");
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
