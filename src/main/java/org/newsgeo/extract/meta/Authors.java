package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Where a page names its authors, most trusted first: JSON-LD author, author meta tags (when
 * they hold a name rather than a profile URL), then byline elements in the page. A source that
 * only names the site or publisher ("National Geographic", "tagesschau.de") is skipped so the
 * next one can name the person.
 */
final class Authors {
    private static final String[] META_KEYS = {"author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator", "byl", "twitter:creator"};
    private static final String BYLINE = "[itemprop=author], [rel=author], [itemtype~=(?i)schema.org/Person], [class~=(?i)author|byline|verfasser|autor|username], "
            + "[id~=(?i)author|byline], a[href~=/(author|autor|autoren|profil|profile)/]";
    /** Byline-like elements that hold pictures or biographies, not the name. */
    private static final String NOT_NAME = "(?i).*(avatar|image|img|photo|bio|desc|about|box|social|follow).*";

    private Authors() {
    }

    static List<String> find(Document doc, MetaTags meta, JsonLd ld, TextDates dates, String siteName, String host) {
        if (ld != null) {
            List<String> out = new ArrayList<>();
            for (String a : ld.authors()) if (!a.startsWith("http")) out.addAll(AuthorParser.parse(a, dates));
            out = persons(out, siteName, host);
            if (!out.isEmpty()) return AuthorParser.dedupe(out);
        }
        for (String key : META_KEYS) {
            for (String v : meta.all(key)) {
                if (v.startsWith("http") || v.startsWith("@") || v.startsWith("www.")) continue;
                List<String> names = persons(AuthorParser.parse(v, dates), siteName, host);
                if (!names.isEmpty()) return names;
            }
        }
        Elements candidates = doc.select(BYLINE);
        int n = 0;
        for (Element e : candidates) {
            if (++n > 40) break;
            String key = e.className() + " " + e.id();
            if (key.matches(NOT_NAME) || PageRegions.isAside(e)) continue;
            if (hasCandidateInside(e, candidates)) continue;
            Element name = e.selectFirst("[itemprop=name]");
            String text = (name != null ? name : e).text();
            if (text.isBlank() && e.hasAttr("content")) text = e.attr("content");
            if (text.length() > 100) continue;
            List<String> names = persons(AuthorParser.parse(text, dates), siteName, host);
            if (!names.isEmpty()) return names;
        }
        return fromTextAfterHeadline(doc, dates, siteName, host);
    }

    /** A line starting with a byline word ("By", "Von", "Por", "Oleh"...) then capitalised names. */
    private static final java.util.regex.Pattern TEXT_BYLINE = java.util.regex.Pattern.compile(
            "(?m)^\\s*(?i:by|von|por|par|oleh|door|av|af|przez|text|texto|texte)\\s+"
            + "(\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|von|van|de|der|da|di|la|le|del|dos)){0,4}"
            + "(?:\\s*(?:,|&|\\band\\b|\\bund\\b|\\by\\b|\\bet\\b|\\be\\b|\\bdan\\b)\\s*\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3}){0,3})");

    private static List<String> fromTextAfterHeadline(Document doc, TextDates dates, String siteName, String host) {
        Element h1 = doc.selectFirst("h1");
        if (h1 == null) return new ArrayList<>();
        String text = TextRegions.textAfter(h1);
        if (text.length() > 800) text = text.substring(0, 800);
        java.util.regex.Matcher m = TEXT_BYLINE.matcher(text);
        if (!m.find()) return new ArrayList<>();
        return persons(AuthorParser.parse(m.group(1), dates), siteName, host);
    }

    private static boolean hasCandidateInside(Element e, Elements candidates) {
        for (Element d : e.getAllElements()) {
            if (d != e && candidates.contains(d) && !d.text().isBlank()) return true;
        }
        return false;
    }

    /** Drops names that are the site itself or a domain. */
    private static List<String> persons(List<String> names, String siteName, String host) {
        List<String> out = new ArrayList<>();
        for (String nm : names) {
            String low = nm.toLowerCase(Locale.ROOT);
            if (low.matches(".*\\.(de|com|at|ch|org|net|fr|uk|it|es)\\b.*")) continue;
            if (TitleCleaner.isSiteName(nm, siteName, host)) continue;
            out.add(nm);
        }
        return out;
    }
}
