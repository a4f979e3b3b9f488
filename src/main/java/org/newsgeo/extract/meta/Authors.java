package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where a page names its authors, most trusted first: JSON-LD author, author meta tags (when
 * they hold a name rather than a profile URL), then byline elements in the page.
 */
final class Authors {
    private static final String[] META_KEYS = {"author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator", "byl", "twitter:creator"};
    private static final String BYLINE = "[rel=author], [itemprop=author], .byline, .author, .author-name, "
            + "[class~=(?i)^(by)?line-?author|author-?name|article-?author|post-?author|entry-?author|byline]";

    private Authors() {
    }

    static List<String> find(Document doc, MetaTags meta, JsonLd ld, TextDates dates) {
        if (ld != null) {
            List<String> out = new ArrayList<>();
            for (String a : ld.authors()) if (!a.startsWith("http")) out.addAll(AuthorParser.parse(a, dates));
            if (!out.isEmpty()) return AuthorParser.dedupe(out);
        }
        for (String key : META_KEYS) {
            for (String v : meta.all(key)) {
                if (v.startsWith("http") || v.startsWith("@") || v.startsWith("www.")) continue;
                List<String> names = AuthorParser.parse(v, dates);
                if (!names.isEmpty()) return names;
            }
        }
        int n = 0;
        for (Element e : doc.select(BYLINE)) {
            if (++n > 20) break;
            if (PageRegions.isAside(e)) continue;
            Element name = e.selectFirst("[itemprop=name]");
            String text = (name != null ? name : e).text();
            if (text.length() > 120) continue;
            List<String> names = AuthorParser.parse(text, dates);
            if (!names.isEmpty()) return names;
        }
        return new ArrayList<>();
    }
}
