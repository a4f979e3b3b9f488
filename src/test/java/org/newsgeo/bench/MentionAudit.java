package org.newsgeo.bench;

import org.newsgeo.extract.Article;
import org.newsgeo.mentions.Mention;
import org.newsgeo.mentions.MentionFinder;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A precision review without gold: the most frequent mentions per article language on real pages, each
 * with one context, so that words read as places or countries stand out (in der Lage, Bundes, 비즈니스
 * were found so). Usage: MentionAudit TOP DIR...
 */
public final class MentionAudit {
    public static void main(String[] args) throws IOException {
        int top = Integer.parseInt(args[0]);
        List<Article> articles = RealArticles.load(java.util.Arrays.copyOfRange(args, 1, args.length));
        MentionFinder finder = MentionFinder.shared();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, String> contexts = new HashMap<>();
        for (Article a : articles) {
            for (Mention m : finder.find(a.title, a.body, a.language, a.publishedDate)) {
                String key = m.entityType + " " + m.matchKind + " " + m.surface + " -> " + m.countryCode
                        + ("country".equals(m.entityType) ? "" : " " + m.entityName);
                counts.computeIfAbsent(a.language, k -> new HashMap<>()).merge(key, 1, Integer::sum);
                String text = "title".equals(m.field) ? a.title : a.body;
                contexts.putIfAbsent(a.language + key, text.substring(Math.max(0, m.start - 40),
                        Math.min(text.length(), m.end + 40)).replace('\n', ' '));
            }
        }
        for (Map.Entry<String, Map<String, Integer>> lang : counts.entrySet()) {
            System.out.println("== " + lang.getKey());
            lang.getValue().entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(top)
                    .forEach(x -> System.out.println("  " + x.getValue() + "\t" + x.getKey() + "\t«"
                            + contexts.get(lang.getKey() + x.getKey()) + "»"));
        }
    }
}
