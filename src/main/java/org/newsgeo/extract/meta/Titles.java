package org.newsgeo.extract.meta;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses the article headline. The visible headline is what readers (and annotators) call the
 * title, while og:title and {@code <title>} are often SEO variants. So: an h1/h2 confirmed by the
 * declared titles (og:title, JSON-LD headline, {@code <title>}); else the page's only h1 when it
 * is a real headline (not the site name, not a one-word label); else the declared title with the
 * site name cut off.
 */
final class Titles {
    private Titles() {
    }

    static String find(Document doc, MetaTags meta, JsonLd ld, String siteName, String host) {
        Element titleEl = doc.selectFirst("title");
        String og = meta.first("og:title", "twitter:title");
        String headline = ld == null ? null : ld.headline();
        String plain = titleEl == null ? null : titleEl.text();
        String declared = norm(String.join(" \u0001 ", nz(og), nz(headline), nz(plain)));
        String onlyH1 = null;
        int h1s = 0;
        for (Element h : doc.select("h1, h2")) {
            String t = withoutKicker(h).replaceAll("\\s+", " ").replaceAll("^[\\s:|\\-–—•·]+", "").trim();
            if (t.length() < 3 || t.length() > 300) continue;
            if (h.normalName().equals("h1")) {
                h1s++;
                if (onlyH1 == null) onlyH1 = t;
            }
            if (norm(t).length() >= 6 && declared.contains(norm(t)) && !TitleCleaner.namesSite(t, siteName, host)) return t;
        }
        String h1 = h1s == 1 ? onlyH1 : null;
        if (h1 != null && h1.length() >= 10 && !TitleCleaner.namesSite(h1, siteName, host)) return h1;
        String raw = MetadataExtractor.first(og, headline, plain);
        if (raw == null) return h1;
        String cleaned = TitleCleaner.clean(raw, siteName, host, h1);
        if (cleaned != null && TitleCleaner.isSiteName(cleaned, siteName, host)) {
            // The declared title is just the site's name (blog home templates): use the post heading.
            for (Element post : doc.select("article h1, article h2, [class~=(?i)post|entry] h1, [class~=(?i)post|entry] h2, h1")) {
                if (post.text().length() >= 3 && !PageRegions.isAside(post) && !TitleCleaner.namesSite(post.text(), siteName, host)) {
                    return post.text().replaceAll("\\s+", " ").trim();
                }
            }
        }
        return cleaned;
    }

    /**
     * News headlines often carry a kicker ("Klimaschutz", a roof line) in its own element inside
     * the h1; the headline proper is the part marked as headline/title, else the h1 minus kicker parts.
     */
    static String withoutKicker(Element h) {
        if (h.children().size() < 2) return h.text();
        Element main = h.selectFirst("[class~=(?i)headline|title]:not([class~=(?i)kicker|dach|top|over|roof|super|pre|eyebrow|sub])");
        if (main != null && main != h && main.text().length() >= 3) return main.text();
        Element copy = h.clone();
        copy.select("[class~=(?i)kicker|dachzeile|topline|overline|roofline|supertitle|eyebrow|pretitle]").remove();
        return copy.text().isBlank() ? h.text() : copy.text();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Lower case, letters and digits only: quotes, dashes and spaces differ between h1 and meta. */
    private static String norm(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '\u0001') b.append(c);
        }
        return b.toString();
    }
}
