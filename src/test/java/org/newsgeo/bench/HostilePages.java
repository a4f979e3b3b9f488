package org.newsgeo.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.newsgeo.extract.ArticleExtractor;
import org.newsgeo.extract.ExtractException;
import org.newsgeo.ingest.SourceRecord;

/**
 * Extraction time on pages built to hurt: deep nesting, thousands of headings, links, dates or JSON-LD
 * blocks, one endless word. Each case is timed at two sizes; time growing about as the size does
 * (ratio ~2) is linear, ~4 is quadratic — the shape that turns one broken page into a stalled task.
 * Usage: HostilePages [units] (default 10,000 repeats of each case's unit at the smaller size).
 */
public final class HostilePages {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Map<String, IntFunction<String>> cases = new LinkedHashMap<>();
        cases.put("nested boxes", k -> page("", "<div>".repeat(k) + "x" + "</div>".repeat(k)));
        cases.put("empty sibling boxes", k -> page("", "<h1>T</h1><p>" + "Prose. ".repeat(40) + "</p>" + "<div></div>".repeat(k)));
        cases.put("headings", k -> page("", "<h1>Headline here</h1><p>text text</p>".repeat(k)));
        cases.put("author links", k -> page("", "<h1>T</h1>" + "<a href='/author/x'>Author Name</a> ".repeat(k)));
        cases.put("time elements", k -> page("", "<h1>T</h1>" + "<time datetime='2020-01-01T00:00:00Z'>1 Jan</time>".repeat(k)));
        cases.put("JSON-LD blocks", k -> page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"A B\"}}</script>"
                .repeat(k / 2), "<h1>T</h1><p>x</p>"));
        cases.put("bylines", k -> page("", "<h1>T</h1>" + "<p>By John Smith and Jane Doe, Reuters</p>".repeat(k)));
        cases.put("dates in text", k -> "<html lang=de><body><h1>T</h1><p>" + "Januar 2020 am 12.12.2012 ".repeat(k) + "</p></body></html>");
        cases.put("one endless word", k -> page("", "<h1>T</h1><p>" + "a".repeat(100 * k) + "</p>"));
        cases.put("endless title", k -> "<html><head><title>" + "Word ".repeat(10 * k) + "</title></head><body><p>x</p></body></html>");
        ArticleExtractor ex = new ArticleExtractor();
        for (IntFunction<String> c : cases.values()) time(ex, c.apply(n));   // warm-up: the JIT settles first
        System.out.printf("%-20s %10s %10s %10s %8s%n", "case", "size", "time", "2x size", "ratio");
        for (Map.Entry<String, IntFunction<String>> c : cases.entrySet()) {
            String small = c.getValue().apply(n), big = c.getValue().apply(2 * n);
            double t1 = time(ex, small), t2 = time(ex, big);
            System.out.printf("%-20s %7.0f KB %7.0f ms %7.0f ms %8.1f%n", c.getKey(), small.length() / 1024.0, t1, t2, t2 / Math.max(1, t1));
        }
    }

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    /** Best of three, in ms; a page with no text to find is a reject, which is a fine answer here. */
    private static double time(ArticleExtractor ex, String html) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            try {
                ex.extract(SourceRecord.html("hostile", 0, "https://example.org/a", Instant.EPOCH, "text/html",
                        html.getBytes(StandardCharsets.UTF_8)));
            } catch (ExtractException rejected) {
                // counted like any answer
            }
            best = Math.min(best, (System.nanoTime() - t) / 1e6);
        }
        return best;
    }
}
