package org.newsgeo.extract.meta;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads title, authors, dates and the other metadata of a parsed page. First version: meta tags only. */
public final class MetadataExtractor {

    public Metadata extract(Document doc, String url) {
        Metadata m = new Metadata();
        m.title = firstNonBlank(meta(doc, "og:title"), doc.title());
        m.description = firstNonBlank(meta(doc, "og:description"), meta(doc, "description"));
        m.siteName = meta(doc, "og:site_name");
        m.imageUrl = meta(doc, "og:image");
        String author = meta(doc, "author");
        if (author != null) m.authors.add(author);
        String pub = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date"));
        if (pub != null) m.published = parse(pub, "meta");
        Element html = doc.selectFirst("html[lang]");
        if (html != null) m.declaredLanguage = html.attr("lang");
        return m;
    }

    static PublishedTime parse(String s, String source) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(s.trim());
            return new PublishedTime(t.toInstant(), t.toString(), source);
        } catch (RuntimeException e) {
            try {
                LocalDate d = LocalDate.parse(s.trim().substring(0, 10));
                return new PublishedTime(d.atStartOfDay().toInstant(ZoneOffset.UTC), d.toString(), source);
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }

    static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        String v = e == null ? null : e.attr("content").trim();
        return v == null || v.isEmpty() ? null : v;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.trim();
        return null;
    }

}
