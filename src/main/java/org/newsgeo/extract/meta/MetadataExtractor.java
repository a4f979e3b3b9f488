package org.newsgeo.extract.meta;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.newsgeo.extract.body.BodyExtractor;

/**
 * Reads title, authors, dates and the other metadata of a parsed page. Structured data is trusted
 * first (JSON-LD, then meta tags), the visible page last; dates are the exception, see
 * {@link DateFinder}; titles see {@link Titles}; authors {@link Authors}.
 */
public final class MetadataExtractor {
    private static final Evaluator CANONICAL = PageElements.query("link[rel=canonical]");
    private static final Evaluator HTML_LANG = PageElements.query("html[lang], html[xml:lang]");
    private static final Evaluator FIGURE_CAPTION = PageElements.query("article figure figcaption, figure figcaption");

    public Metadata extract(Document doc, String url) {
        return extract(doc, url, null);
    }

    /**
     * As {@link #extract(Document, String)}; dates after {@code crawlTime} (when known) are rejected.
     * Scores the page's main text itself; callers that extract the body too pass its blocks instead.
     */
    public Metadata extract(Document doc, String url, Instant crawlTime) {
        return extract(doc, url, crawlTime, new BodyExtractor().content(doc).first());
    }

    /**
     * As {@link #extract(Document, String, Instant)}, given the first main-text block the body
     * extractor chose (null if none): the headline is usually the heading just before it.
     */
    public Metadata extract(Document doc, String url, Instant crawlTime, Element mainText) {
        return PageElements.reading(doc, () -> read(doc, url, crawlTime, mainText));
    }

    private static Metadata read(Document doc, String url, Instant crawlTime, Element mainText) {
        Metadata m = new Metadata();
        MetaTags meta = new MetaTags(doc);
        JsonLd ld = JsonLd.of(doc);
        m.declaredLanguage = language(doc, meta);
        TextDates dates = TextDates.forLanguage(m.declaredLanguage);

        m.siteName = first(meta.first("og:site_name"), ld == null ? null : ld.publisherName(),
                meta.first("application-name"));
        m.canonicalUrl = first(attr(PageElements.selectFirst(doc, CANONICAL, PageElements.named("link")), "abs:href"), meta.first("og:url"));
        m.title = Titles.find(doc, meta, ld, m.siteName, host(url), mainText);
        m.description = first(meta.first("og:description"), meta.first("description"), meta.first("twitter:description"),
                ld == null ? null : ld.text("description"));
        m.authors = Authors.find(doc, meta, ld, dates, m.siteName, host(url));

        ZoneId zone = SiteZone.of(url, m.declaredLanguage);
        DateFinder df = new DateFinder(doc, url, meta, ld, dates, zone, crawlTime);
        m.published = df.published();
        m.modified = df.modified();

        m.section = first(meta.first("article:section", "section", "parsely-section", "category"),
                ld == null || ld.list("articleSection").isEmpty() ? null : ld.list("articleSection").get(0));
        m.tags = tags(meta, ld);
        m.imageUrl = first(meta.first("og:image", "og:image:url", "twitter:image", "twitter:image:src"),
                ld == null ? null : ld.imageUrl());
        Element fig = PageElements.selectFirst(doc, FIGURE_CAPTION, PageElements.named("figcaption"));
        m.imageCaption = fig == null || fig.text().isBlank() ? null : fig.text().trim();
        return m;
    }

    private static List<String> tags(MetaTags meta, JsonLd ld) {
        List<String> raw = new ArrayList<>(meta.all("article:tag"));
        if (raw.isEmpty()) raw.addAll(meta.all("news_keywords"));
        if (raw.isEmpty() && ld != null) raw.addAll(ld.list("keywords"));
        if (raw.isEmpty()) raw.addAll(meta.all("keywords"));
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            for (String t : r.split("[,;]")) {
                String s = t.trim();
                if (!s.isEmpty() && s.length() < 80 && out.stream().noneMatch(s::equalsIgnoreCase)) out.add(s);
            }
        }
        return out;
    }

    private static String language(Document doc, MetaTags meta) {
        Element html = PageElements.selectFirst(doc, HTML_LANG, PageElements.named("html"));
        String lang = html == null ? null : first(html.attr("lang"), html.attr("xml:lang"));
        return first(lang, meta.first("og:locale"), meta.first("content-language", "language", "dc.language"));
    }

    static String host(String url) {
        try {
            return url == null ? null : URI.create(url.trim().replace(" ", "%20")).getHost();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.trim();
        return null;
    }
}
