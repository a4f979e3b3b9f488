package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * The article described by a page's JSON-LD: the first NewsArticle/Article-like node (through
 * {@code @graph}, arrays and nesting), else a WebPage node. Author and publisher references by
 * {@code @id} are resolved against the other nodes of the page.
 */
final class JsonLd {
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "livebloggosting", "liveblogposting", "techarticle", "scholarlyarticle", "report", "socialmediaposting",
            "discussionforumposting", "askpublicnewsarticle", "satiricalarticle", "posting", "medicalscholarlyarticle");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "collectionpage", "aboutpage");
    private static final Evaluator SCRIPTS = PageElements.query("script[type~=(?i)application/ld\\+json]");

    private final Map<String, Object> article;
    private final Map<String, Map<String, Object>> byId = new HashMap<>();

    private JsonLd(Map<String, Object> article, List<Map<String, Object>> nodes) {
        this.article = article;
        for (Map<String, Object> n : nodes) {
            Object id = n.get("@id");
            if (id instanceof String s && n.size() > 1) byId.putIfAbsent(s, n);
        }
    }

    /** Null when the page has no usable JSON-LD. */
    static JsonLd of(Document doc) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (Element s : PageElements.select(doc, SCRIPTS, PageElements.named("script"))) {
            for (Object v : LenientJson.parseAll(s.data())) collect(v, nodes, 0);
        }
        if (nodes.isEmpty()) return null;
        Map<String, Object> best = null;
        for (Map<String, Object> n : nodes) {
            if (hasType(n, ARTICLE_TYPES)) { best = n; break; }
        }
        if (best == null) {
            for (Map<String, Object> n : nodes) {
                if (hasType(n, PAGE_TYPES)) { best = n; break; }
            }
        }
        return best == null ? null : new JsonLd(best, nodes);
    }

    private static void collect(Object v, List<Map<String, Object>> out, int depth) {
        if (depth > 8) return;
        if (v instanceof List<?> l) {
            for (Object o : l) collect(o, out, depth + 1);
        } else if (v instanceof Map<?, ?> raw) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) raw;
            if (m.containsKey("@type") || m.containsKey("@id")) out.add(m);
            for (Object child : m.values()) {
                if (child instanceof Map || child instanceof List) collect(child, out, depth + 1);
            }
        }
    }

    private static boolean hasType(Map<String, Object> n, Set<String> types) {
        Object t = n.get("@type");
        if (t instanceof String s) return types.contains(s.toLowerCase(java.util.Locale.ROOT));
        if (t instanceof List<?> l) {
            for (Object o : l) if (o instanceof String s && types.contains(s.toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    boolean isArticle() {
        return hasType(article, ARTICLE_TYPES);
    }

    String text(String key) {
        Object v = article.get(key);
        if (v instanceof List<?> l && !l.isEmpty()) v = l.get(0);
        if (v instanceof Map<?, ?> m) v = m.get("@value");
        return v instanceof String s && !s.isBlank() ? s.trim() : null;
    }

    String headline() {
        String h = text("headline");
        return h != null ? h : text("name");
    }

    /** Names of the authors (Person or Organization objects, strings, or @id references). */
    List<String> authors() {
        List<String> out = new ArrayList<>();
        Object a = article.get("author");
        if (a == null) a = article.get("creator");
        addNames(a, out, 0);
        return out;
    }

    String publisherName() {
        List<String> out = new ArrayList<>();
        addNames(article.get("publisher"), out, 0);
        return out.isEmpty() ? null : out.get(0);
    }

    String imageUrl() {
        Object v = article.get("image");
        if (v instanceof List<?> l && !l.isEmpty()) v = l.get(0);
        if (v instanceof Map<?, ?> m) v = m.get("url") != null ? m.get("url") : m.get("contentUrl");
        return v instanceof String s && !s.isBlank() ? s.trim() : null;
    }

    /** All values of a key that may be a string, a comma list or an array (keywords, articleSection). */
    List<String> list(String key) {
        List<String> out = new ArrayList<>();
        Object v = article.get(key);
        if (v instanceof String s) out.add(s);
        else if (v instanceof List<?> l) for (Object o : l) if (o instanceof String s) out.add(s);
        return out;
    }

    private void addNames(Object v, List<String> out, int depth) {
        if (v == null || depth > 4) return;
        if (v instanceof String s) {
            if (!s.isBlank()) out.add(s.trim());
        } else if (v instanceof List<?> l) {
            for (Object o : l) addNames(o, out, depth + 1);
        } else if (v instanceof Map<?, ?> m) {
            Object name = m.get("name");
            if (name instanceof List<?> l && !l.isEmpty()) name = l.get(0);
            if (name instanceof String s && !s.isBlank()) {
                out.add(s.trim());
            } else if (m.get("@id") instanceof String id && byId.containsKey(id) && byId.get(id) != m) {
                addNames(byId.get(id), out, depth + 1);
            } else if (m.get("givenName") instanceof String g) {
                out.add((g + " " + (m.get("familyName") instanceof String f ? f : "")).trim());
            }
        }
    }
}
