package org.newsgeo.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsgeo.extract.body.BodyExtractor;
import org.newsgeo.util.MiniJson;

/**
 * Body extraction quality and speed on shared/corpora: the Zyte benchmark pages (F1/P/R with its own
 * metric, the 10 worst pages, other extractors' published outputs for comparison), then sanity
 * checks on multilingual pages. Usage: ExtractionBenchmark SHARED_DIR  (-Ddump=ID prints one page).
 */
public final class ExtractionBenchmark {
    private static final BodyExtractor EXTRACTOR = new BodyExtractor();

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        aeb(shared.resolve("corpora/extraction/aeb"));
        MultilingualChecks.run(shared.resolve("corpora"), EXTRACTOR);
    }

    @SuppressWarnings("unchecked")
    private static void aeb(Path dir) throws IOException {
        Map<String, Object> gt = (Map<String, Object>) MiniJson.parse(Files.readString(dir.resolve("ground-truth.json")));
        List<String> ids = new ArrayList<>(gt.keySet()), truth = new ArrayList<>(), pred = new ArrayList<>();
        List<byte[]> pages = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        long bytes = 0;
        for (String id : ids) {
            Map<String, Object> v = (Map<String, Object>) gt.get(id);
            truth.add((String) v.get("articleBody"));
            urls.add((String) v.get("url"));
            byte[] html = BenchIo.gunzip(dir.resolve("html/" + id + ".html.gz"));
            pages.add(html);
            bytes += html.length;
        }
        List<Document> docs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < ids.size(); i++) docs.add(BenchIo.parse(pages.get(i), urls.get(i)));
        long parseNs = System.nanoTime() - t0;
        for (Document d : docs) pred.add(EXTRACTOR.extract(d));
        String dump = System.getProperty("dump");
        if (dump != null) { System.out.println(pred.get(ids.indexOf(dump))); return; }
        String outDir = System.getProperty("out"); // -Dout=DIR writes each prediction to DIR/ID.txt
        if (outDir != null) {
            Files.createDirectories(Path.of(outDir));
            for (int i = 0; i < ids.size(); i++) Files.writeString(Path.of(outDir, ids.get(i) + ".txt"), pred.get(i));
        }

        double[] m = AebScore.score(truth, pred);
        System.out.printf("== Zyte article-extraction-benchmark, %d pages, %.1f MB of HTML%n", ids.size(), bytes / 1e6);
        System.out.printf("%-15s %6s %6s %6s %6s%n", "", "F1", "P", "R", "acc");
        row("newsgeo", m);
        for (String name : List.of("trafilatura", "rs_trafilatura", "go_trafilatura", "readability",
                "news_please", "newspaper", "goose3", "boilerpipe")) {
            Path p = dir.resolve("other-extractors/" + name + ".json");
            if (!Files.exists(p)) continue;
            Map<String, Object> o = (Map<String, Object>) MiniJson.parse(Files.readString(p));
            if (o.get("output") instanceof Map && o.size() <= 2) o = (Map<String, Object>) o.get("output");
            List<String> op = new ArrayList<>();
            for (String id : ids) {
                Object v = o.get(id);
                op.add(v instanceof Map ? (String) ((Map<String, Object>) v).get("articleBody") : (String) v);
            }
            row(name, AebScore.score(truth, op));
        }
        System.out.println("-- 10 worst pages (F1 P R id url)");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) order.add(i);
        double[][] d = new double[ids.size()][];
        for (int i = 0; i < ids.size(); i++) d[i] = AebScore.tpFpFn(truth.get(i), pred.get(i));
        order.sort(Comparator.comparingDouble(i -> AebScore.f1(d[i])));
        for (int k = 0; k < Math.min(10, order.size()); k++) {
            int i = order.get(k);
            System.out.printf("%.3f %.3f %.3f %s %s%n", AebScore.f1(d[i]), AebScore.precision(d[i]),
                    AebScore.recall(d[i]), ids.get(i).substring(0, 12), urls.get(i));
        }

        // speed: one warm-up pass done above; time extraction alone, then parse + extract
        int rounds = Integer.getInteger("rounds", 3);
        long t1 = System.nanoTime();
        for (int r = 0; r < rounds; r++) for (Document doc : docs) EXTRACTOR.extract(doc);
        double exS = (System.nanoTime() - t1) / 1e9 / rounds;
        long t2 = System.nanoTime();
        for (int i = 0; i < ids.size(); i++) EXTRACTOR.extract(BenchIo.parse(pages.get(i), urls.get(i)));
        double allS = (System.nanoTime() - t2) / 1e9;
        System.out.printf("speed (1 thread): extract only %.0f pages/s %.1f MB/s; jsoup parse + extract %.0f pages/s %.1f MB/s"
                + " (first parse pass %.0f pages/s, cold); avg page %.0f KB%n",
                ids.size() / exS, bytes / 1e6 / exS, ids.size() / allS, bytes / 1e6 / allS,
                ids.size() / (parseNs / 1e9), bytes / 1e3 / ids.size());
    }

    private static void row(String name, double[] m) {
        System.out.printf("%-15s %6.4f %6.3f %6.3f %6.3f%n", name, m[0], m[1], m[2], m[3]);
    }

}
