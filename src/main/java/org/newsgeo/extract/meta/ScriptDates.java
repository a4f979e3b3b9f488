package org.newsgeo.extract.meta;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Publication dates that only exist in a page's inline JavaScript state (React/Next.js/Shopify
 * data: "published_at", "publishedDate", "createdAt"...). A fallback: one pattern over the inline
 * scripts of pages that declared nothing better.
 */
final class ScriptDates {
    private static final Pattern KEY = Pattern.compile(
            "[\"'](?:datePublished|publishedDate|published_at|publishedAt|publishDate|publish_date|pubDate|"
            + "firstPublished|first_published_at|createdAt|created_at|dateCreated)[\"']\\s*:\\s*[\"']([^\"']{8,40})[\"']");
    private static final int MAX_SCRIPT_CHARS = 400_000;
    private static final Evaluator SCRIPT = PageElements.query("script");

    private ScriptDates() {
    }

    static DateCandidate find(Document doc, TextDates text) {
        int seen = 0;
        for (Element s : PageElements.select(doc, SCRIPT, PageElements.named("script"))) {
            if (s.hasAttr("src")) continue;
            String data = s.data();
            if (data.isEmpty()) continue;
            if ((seen += data.length()) > MAX_SCRIPT_CHARS) break;
            Matcher m = KEY.matcher(data);
            while (m.find()) {
                DateCandidate c = MachineDates.parse(m.group(1), null);
                if (c != null) return c;
            }
        }
        return null;
    }
}
