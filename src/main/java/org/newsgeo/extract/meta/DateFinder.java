package org.newsgeo.extract.meta;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Finds the publication and modification times of a page. What the page shows readers comes
 * first: a full date in the URL, else a date printed just below the headline; structured data
 * (JSON-LD of the article, published-time meta tags, microdata and {@code <time>} elements,
 * generic date metas) replaces it when it agrees on the day, since it carries time and offset,
 * and is used alone when the page shows no date. Then written dates in marked elements, inline
 * script state, the description, the start of the text and the image URL; the modification
 * time last. No date before 1990, none after the crawl (or now), none from comments or
 * related-article lists.
 */
final class DateFinder {
    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
            "article:published", "datepublished", "pubdate", "publishdate", "publish_date", "publish-date",
            "publication_date", "date_published", "dc.date.issued", "dcterms.issued", "dc.date.created",
            "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
            "original-publish-date", "citation_publication_date", "citation_date", "og:published_time",
            "rnews:datepublished"};
    /** Generic date names: often the page's generation or last-edit date, so they rank below marked elements. */
    private static final String[] GENERIC_META = {"dc.date", "dcterms.date", "date", "created", "datecreated"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "datemodified",
            "dcterms.modified", "dc.date.modified", "article:modified", "last-modified", "lastmod", "revised",
            "modified", "og:article:modified_time", "article.updated"};

    static final Evaluator MARKED_TIMES = PageElements.query("[itemprop=datePublished], time[pubdate], [itemprop=dateCreated], "
            + "abbr.published[title], abbr[data-utime][title], [property~=(?i)datePublished|dateCreated][content]");
    private static final Evaluator TIMES = PageElements.query("time[datetime]");

    private final Document doc;
    private final String url;
    private final MetaTags meta;
    private final JsonLd ld;
    private final TextDates text;
    private final ZoneId zone;
    private final Instant latest;
    /** One for all the text lookups: it reads the headline, its neighbourhood and the page text once. */
    private final TextRegions regions;

    DateFinder(Document doc, String url, MetaTags meta, JsonLd ld, TextDates text, ZoneId zone, Instant crawlTime) {
        this.doc = doc;
        this.url = url;
        this.meta = meta;
        this.ld = ld;
        this.text = text;
        this.zone = zone;
        this.latest = (crawlTime != null ? crawlTime : Instant.now()).plus(1, ChronoUnit.DAYS);
        this.regions = new TextRegions(doc, text);
    }

    PublishedTime published() {
        // A full date in the article's URL is fixed at publication, while structured data is
        // often rewritten by later edits or CMS migrations: it wins.
        // The date printed just below the headline is the one readers see; structured data is
        // often a re-publication, migration or edit time. In both cases the structured value is
        // kept when it agrees on the day, as it carries the time and offset.
        PublishedTime u = accept(UrlDates.find(url), "url");
        PublishedTime first = u != null ? u : accept(regions.justBelowTitle(), "text");
        PublishedTime structured = structured();
        if (first == null) return structured;
        if (structured != null && sameDay(structured, first)) return structured;
        PublishedTime moment = structured == null ? null : sameMoment(structured, first);
        if (moment != null) return moment;
        // "02/11/2023" read in the page language's order can be the other one: when structured
        // data names the same day with day and month swapped, it settles the order.
        if (u == null && structured != null && swapped(structured, first)) return structured;
        return first;
    }

    private static boolean swapped(PublishedTime a, PublishedTime b) {
        String x = a.local().substring(0, 10), y = b.local().substring(0, 10);
        return !x.equals(y) && x.substring(0, 4).equals(y.substring(0, 4))
                && x.substring(5, 7).equals(y.substring(8, 10)) && x.substring(8, 10).equals(y.substring(5, 7));
    }

    /**
     * When a printed time without zone ({@code shown}) is the structured instant on some clock,
     * i.e. they differ by a whole quarter-hour offset of at most 14 hours, the structured instant
     * with the printed wall time and that offset; else null. Sites without a known zone (.com)
     * print local times whose day can differ from the UTC day, and readers go by either.
     */
    private static PublishedTime sameMoment(PublishedTime structured, PublishedTime shown) {
        String s = shown.local();
        // Only a structured time with a stated offset names an instant.
        if (s.length() < 16 || s.length() > 19 || !structured.local().matches(".*T.*[+-]\\d\\d:\\d\\d")) return null;
        LocalDateTime wall = LocalDateTime.parse(s);
        LocalDateTime utc = LocalDateTime.ofInstant(structured.utc(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        long minutes = java.time.Duration.between(utc, wall.truncatedTo(ChronoUnit.MINUTES)).toMinutes();
        if (minutes == 0 || Math.abs(minutes) > 14 * 60 || minutes % 15 != 0) return null;
        ZoneOffset off = ZoneOffset.ofTotalSeconds((int) minutes * 60);
        return new PublishedTime(structured.utc(), s + off.getId(), structured.source());
    }

    private static boolean sameDay(PublishedTime a, PublishedTime b) {
        return a.local().substring(0, 10).equals(b.local().substring(0, 10))
                || a.utc().toString().substring(0, 10).equals(b.local().substring(0, 10));
    }

    /** Everything but the date below the headline, in order of trust. */
    private PublishedTime structured() {
        if (ld != null && ld.isArticle()) {
            PublishedTime t = machine(firstNonNull(ld.text("datePublished"), ld.text("dateCreated")), "jsonld");
            if (t != null) return t;
        }
        for (String key : PUBLISHED_META) {
            PublishedTime t = machine(meta.first(key), "meta");
            if (t != null) return t;
        }
        if (ld != null) {
            PublishedTime t = machine(firstNonNull(ld.text("datePublished"), ld.text("dateCreated")), "jsonld");
            if (t != null) return t;
        }
        PublishedTime t = fromElements();
        if (t != null) return t;
        PublishedTime labelled = accept(regions.labelled(), "text");
        for (String key : GENERIC_META) {
            t = machine(meta.first(key), "meta");
            // "11/01/2023" in a generic meta is read in one order; a labelled date the page
            // prints with day and month the other way round settles it.
            if (t != null) return labelled != null && swapped(t, labelled) ? labelled : t;
        }
        if (labelled != null) return labelled;
        t = accept(regions.nearTitle(), "text");
        if (t != null) return t;
        t = accept(ScriptDates.find(doc, text), "meta");
        if (t != null) return t;
        String described = MetadataExtractor.first(meta.first("description", "og:description"), meta.first("og:title"));
        t = accept(described == null ? null : text.first(described), "text");
        if (t != null) return t;
        t = accept(regions.body(), "text");
        if (t != null) return t;
        t = accept(UrlDates.find(meta.first("og:image", "twitter:image")), "url");
        if (t != null) return t;
        return modified();
    }

    PublishedTime modified() {
        if (ld != null) {
            PublishedTime t = machine(ld.text("dateModified"), "jsonld");
            if (t != null) return t;
        }
        for (String key : MODIFIED_META) {
            PublishedTime t = machine(meta.first(key), "meta");
            if (t != null) return t;
        }
        return null;
    }

    /** Microdata and {@code <time>} elements, the ones marked as the publication time first. */
    private PublishedTime fromElements() {
        for (Element e : PageElements.select(doc, MARKED_TIMES, DateFinder::mayMarkTime)) {
            if (e.tagName().equals("meta")) continue;
            PublishedTime t = machine(firstNonBlank(e.attr("datetime"), e.attr("content"), e.attr("title"), e.text()), "meta");
            if (t != null && !PageRegions.isAside(e) && !PageRegions.inSiteHeader(e)) return t;
        }
        Element first = null;
        for (Element e : PageElements.select(doc, TIMES, PageElements.named("time"))) {
            if (PageRegions.isAside(e) || PageRegions.inSiteHeader(e)) continue;
            String cls = (e.className() + " " + e.parent().className()).toLowerCase(java.util.Locale.ROOT);
            if (cls.contains("publish") || cls.contains("entry-date") || cls.contains("posted") || cls.contains("created")) {
                PublishedTime t = machine(e.attr("datetime"), "meta");
                if (t != null) return t;
            }
            if (first == null && !cls.contains("updat") && !cls.contains("modif")) first = e;
        }
        return first == null ? null : machine(first.attr("datetime"), "meta");
    }

    /** The cheap test for {@link #MARKED_TIMES}: an itemprop or property attribute, a time or abbr element. */
    static boolean mayMarkTime(Element e) {
        if (e.attributesSize() == 0) return false;
        String tag = e.normalName();
        return tag.equals("time") || tag.equals("abbr") || e.hasAttr("itemprop") || e.hasAttr("property");
    }

    private PublishedTime machine(String value, String source) {
        return value == null ? null : accept(MachineDates.parse(value, text), source);
    }

    private PublishedTime accept(DateCandidate c, String source) {
        if (c == null || c.local().toLocalDate().isBefore(LocalDate.of(1990, 1, 1))) return null;
        Instant approx = c.local().toInstant(ZoneOffset.UTC);
        ZoneOffset site = SiteZone.offsetAt(zone, approx);
        PublishedTime t = c.toPublished(source, site);
        return t.utc().isAfter(latest) ? null : t;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String firstNonBlank(String... v) {
        for (String s : v) if (s != null && !s.isBlank()) return s.trim();
        return null;
    }
}
