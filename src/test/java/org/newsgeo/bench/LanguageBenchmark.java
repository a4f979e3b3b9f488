package org.newsgeo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.newsgeo.extract.body.BodyExtractor;
import org.newsgeo.extract.lang.LanguageDetector;
import org.newsgeo.extract.meta.LenientJson;
import org.newsgeo.extract.meta.Metadata;
import org.newsgeo.extract.meta.MetadataExtractor;

/**
 * Body language as the job detects it (title + start of the body, {@code <html lang>} as a hint):
 * on pages whose language is known (newspaper3k and Readability test pages in ar, zh, ja, th, cs, pt,
 * es, fr, en …) and, on the metadata pages, against the page's own {@code <html lang>} — a weak gold,
 * since sites often declare a default that the article does not use. Detection without the hint is
 * printed too, to show what the text alone says. Usage: LanguageBenchmark SHARED [-v].
 */
public final class LanguageBenchmark {
    private final BodyExtractor bodies = new BodyExtractor();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final LanguageDetector languages = LanguageDetector.shared();
    private long detectNs;
    private int detected;

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        boolean verbose = args.length > 1 && args[1].equals("-v");
        new LanguageBenchmark().run(shared.resolve("corpora"), verbose);
    }

    /** Decoded as the job decodes (a UTF-8 page labelled gb2312 is read as UTF-8), then parsed. */
    private static Document parse(byte[] html, String url) {
        return org.jsoup.Jsoup.parse(org.newsgeo.ingest.Charsets.decode(html, null), url);
    }

    /** Language of the text (with the declared tag as hint) and of the text alone. */
    private String[] detect(Document doc, String url, String declared) {
        BodyExtractor.Content c = bodies.content(doc);
        Metadata m = metadata.extract(doc, url, null, c.first());
        String body = bodies.write(c);
        long t = System.nanoTime();
        String withHint = languages.detect(m.title, body, declared == null ? m.declaredLanguage : declared);
        detectNs += System.nanoTime() - t;
        detected++;
        return new String[] {withHint, languages.detect(m.title, body, null)};
    }

    private void run(Path corpora, boolean verbose) throws Exception {
        Path ml = corpora.resolve("multilingual");
        List<String[]> known = new ArrayList<>(); // file, language
        for (String[] p : new String[][] {{"arabic_article.html", "ar"}, {"chinese_article.html", "zh"},
                {"japanese_article.html", "ja"}, {"japanese_article2.html", "ja"}, {"thai_article.html", "th"}}) {
            known.add(new String[] {"newspaper3k/" + p[0], p[1]});
        }
        // The Readability test pages, by the language of their expected text (their metadata
        // names it only for some).
        for (String[] p : new String[][] {{"aktualne", "cs"}, {"bbc-1", "en"}, {"folha", "pt"}, {"gmw", "zh"},
                {"la-nacion", "es"}, {"lemonde-1", "fr"}, {"nytimes-1", "en"}, {"pixnet", "zh"}, {"qq", "zh"}, {"youth", "zh"}}) {
            known.add(new String[] {"readability/" + p[0] + "/source.html", p[1]});
        }
        int ok = 0, okText = 0;
        for (String[] k : known) {
            Document doc = parse(Files.readAllBytes(ml.resolve(k[0])), "https://example.org/");
            String[] got = detect(doc, "https://example.org/", null);
            if (got[0] != null && got[0].equals(k[1])) ok++;
            else System.out.println("LANG-MISS\t" + k[0] + "\tgold=" + k[1] + "\tgot=" + got[0]);
            if (k[1].equals(got[1])) okText++;
        }
        System.out.printf("pages of known language (multilingual corpus): %d/%d right (text alone %d/%d)%n", ok, known.size(), okText, known.size());

        // Lingua loads its models lazily: time the metadata pages only, after this warm-up.
        detectNs = 0;
        detected = 0;
        Path meta = corpora.resolve("metadata");
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) LenientJson.parseAll(Files.readString(meta.resolve("expected.json"))).get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> recs = (List<Map<String, Object>>) root.get("records");
        // Pages whose declared tag is not the article's language, labelled by hand.
        Map<String, String> labels = new java.util.HashMap<>();
        Path labelFile = Path.of("src/bench/language-labels.tsv");
        if (Files.exists(labelFile)) {
            for (String line : Files.readAllLines(labelFile)) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length >= 2) labels.put(f[0], f[1]);
            }
        }
        int right = 0;
        Set<String> seen = new HashSet<>();
        Map<String, int[]> byLang = new TreeMap<>(); // declared -> pages, agree, agree from text alone
        int pages = 0, agree = 0, agreeText = 0, noText = 0;
        for (Map<String, Object> r : recs) {
            String path = (String) r.get("path"), lang = (String) r.get("html_lang");
            if (!seen.add(path) || lang == null) continue;
            String declared = lang.trim().toLowerCase(Locale.ROOT).replace('_', '-').split("-")[0];
            if (!declared.matches("[a-z]{2}")) continue;
            Document doc = parse(BenchIo.gunzip(meta.resolve(path)), (String) r.get("url"));
            String[] got = detect(doc, (String) r.get("url"), null);
            if (got[0] == null) {
                noText++;
                continue;
            }
            pages++;
            if (got[0].equals(labels.getOrDefault(path, declared))) right++;
            else if (verbose) System.out.println("LANG-WRONG\t" + path + "\ttrue=" + labels.getOrDefault(path, declared) + "\tdetected=" + got[0]);
            int[] c = byLang.computeIfAbsent(declared, x -> new int[3]);
            c[0]++;
            if (got[0].equals(declared)) {
                agree++;
                c[1]++;
            } else if (verbose) {
                System.out.println("LANG-DIFF\t" + path + "\tdeclared=" + lang + "\tdetected=" + got[0] + "\ttext alone=" + got[1]);
            }
            if (verbose && !got[0].equals(got[1])) {
                System.out.println("LANG-HINT\t" + path + "\tdeclared=" + lang + "\tdetected=" + got[0] + "\ttext alone=" + got[1]);
            }
            if (declared.equals(got[1])) {
                agreeText++;
                c[2]++;
            }
        }
        System.out.printf("metadata pages with <html lang>: detected = declared on %d/%d = %.3f (text alone %.3f); %d pages too short to tell%n",
                agree, pages, agree / (double) pages, agreeText / (double) pages, noText);
        System.out.printf("  right against the declared tag corrected by hand where it is wrong (%d pages, src/bench/language-labels.tsv): %d/%d = %.3f%n",
                labels.size(), right, pages, right / (double) pages);
        StringBuilder sb = new StringBuilder("  by declared language (pages agree text-alone):");
        byLang.forEach((k, v) -> {
            if (v[0] >= 5) sb.append(' ').append(k).append(' ').append(v[0]).append(' ').append(v[1]).append(' ').append(v[2]).append(';');
        });
        System.out.println(sb);
        System.out.printf("detection speed on the metadata pages: %.0f pages/s (title + start of the body, single thread, after a warm-up)%n",
                detected / (detectNs / 1e9));
    }
}
