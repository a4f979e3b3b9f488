package org.newsgeo.bench;

import org.newsgeo.extract.Article;
import org.newsgeo.mentions.MentionFinder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mention matching speed per article language, on real pages: every HTML page under the given folders
 * (.html or .html.gz) goes through the extractor, and the finder then runs on each article's title and
 * body with its detected language, as the job calls it. Prints MB/s of UTF-8 text and chars/s per core
 * for every language with at least 50 KB of text. Usage: MatchSpeedByLanguage DIR...
 */
public final class MatchSpeedByLanguage {
    public static void main(String[] args) throws IOException {
        List<Article> articles = RealArticles.load(args);
        Map<String, List<Article>> byLang = new TreeMap<>();
        for (Article a : articles) byLang.computeIfAbsent(a.language, k -> new ArrayList<>()).add(a);
        MentionFinder finder = MentionFinder.shared();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 30; round++) for (Article a : articles) finder.find(a.title, a.body, a.language, a.publishedDate);
        System.out.printf("per language (%d articles from %d folders; UTF-8 MB/s and thousand chars/s per core):%n", articles.size(), args.length);
        for (Map.Entry<String, List<Article>> e : byLang.entrySet()) {
            long bytes = 0, chars = 0;
            for (Article a : e.getValue()) {
                bytes += a.body.getBytes(StandardCharsets.UTF_8).length + (a.title == null ? 0 : a.title.getBytes(StandardCharsets.UTF_8).length);
                chars += a.body.length() + (a.title == null ? 0 : a.title.length());
            }
            if (bytes < 50_000) continue;
            int passes = (int) Math.max(3, 20_000_000 / bytes);
            long t = cpu.getCurrentThreadCpuTime();
            int mentions = 0;
            for (int i = 0; i < passes; i++) for (Article a : e.getValue()) mentions += finder.find(a.title, a.body, a.language, a.publishedDate).size();
            double secs = (cpu.getCurrentThreadCpuTime() - t) / 1e9;
            System.out.printf("  %-3s %4d articles %6.2f MB  %5.1f MB/s  %6.0f k chars/s  %5d mentions%n", e.getKey(), e.getValue().size(),
                    bytes / 1e6, bytes * (double) passes / 1e6 / secs, chars * (double) passes / 1e3 / secs, mentions / passes);
        }
    }
}
