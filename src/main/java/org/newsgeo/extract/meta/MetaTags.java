package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;

/**
 * All {@code <meta>} values of a page by lower-cased key (name, property, itemprop or
 * http-equiv), read in one pass. Pages repeat keys (several article:tag, og:image): all values
 * are kept in document order.
 */
final class MetaTags {
    private static final Evaluator META = PageElements.query("meta");

    private final Map<String, List<String>> values = new HashMap<>();

    MetaTags(Document doc) {
        for (Element e : PageElements.select(doc, META, PageElements.named("meta"))) {
            String content = e.hasAttr("content") ? e.attr("content").trim() : e.attr("value").trim();
            if (content.isEmpty()) continue;
            // Some CMSs escape twice ("Redacci&amp;oacute;n"): the attribute still holds an entity.
            if (content.indexOf('&') >= 0) content = Parser.unescapeEntities(content, true);
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = e.attr(attr).trim().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
            }
        }
    }

    /** First value of the first key present, or null. */
    String first(String... keys) {
        for (String k : keys) {
            List<String> v = values.get(k);
            if (v != null) return v.get(0);
        }
        return null;
    }

    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
