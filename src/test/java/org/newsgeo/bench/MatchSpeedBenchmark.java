package org.newsgeo.bench;

import org.newsgeo.gazetteer.Gazetteer;
import org.newsgeo.mentions.Mention;
import org.newsgeo.mentions.MentionFinder;
import org.newsgeo.mentions.NormalizedText;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Mention matching cost: start-up (gazetteer load, finder build, first English article, which builds
 * the English index), heap kept by the finder, and CPU time per core on the GeoWebNews bodies repeated
 * to 4 MB, plus a signature of all mentions found so that a faster matcher can be checked to find the
 * same. Usage: MatchSpeedBenchmark BRAT_DIR [PASSES]. GeoWebNews is GPL: read here, never copied.
 */
public final class MatchSpeedBenchmark {
    public static void main(String[] args) throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                String raw = Files.readString(p, StandardCharsets.UTF_8);
                bodies.add(raw.substring(raw.indexOf('\n') + 1));
            }
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        StringBuilder big = new StringBuilder();
        while (big.length() < 4_000_000) for (String b : bodies) big.append(b).append("\n\n");
        String text = big.toString();
        LocalDate day = LocalDate.of(2018, 4, 5);

        Runtime rt = Runtime.getRuntime();
        long heap0 = usedHeap(rt);
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.get();
        long t1 = System.nanoTime();
        MentionFinder finder = new MentionFinder(g);
        long t2 = System.nanoTime();
        finder.find(null, bodies.get(0), "en", day);
        long t3 = System.nanoTime();
        long heap1 = usedHeap(rt);
        System.out.printf("start-up: gazetteer %.2f s, finder %.2f s, first English article %.2f s; heap %.0f MB%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (heap1 - heap0) / 1e6);

        for (int i = 0; i < 3; i++) finder.find(null, text, "en", day);           // warm-up
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        long c = cpu.getCurrentThreadCpuTime();
        long signature = 0;
        for (int i = 0; i < passes; i++) {
            List<Mention> ms = finder.find(null, text, "en", day);
            if (i == 0) for (Mention m : ms) signature = signature * 31 + (m.start + "|" + m.end + "|" + m.entityId + "|" + m.matchKind).hashCode();
        }
        double secs = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
        System.out.printf("find: %.1f MB/s per core (%d x %.1f MB in %.2f s CPU); mention signature %016x%n",
                mb * passes / secs, passes, mb, secs, signature);
        c = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < passes; i++) NormalizedText.of(text);
        System.out.printf("  of which folding: %.0f MB/s%n", mb * passes / ((cpu.getCurrentThreadCpuTime() - c) / 1e9));
        c = cpu.getCurrentThreadCpuTime();
        int n = 0;
        for (int i = 0; i < passes; i++) for (String b : bodies) n += finder.find(null, b, "en", day).size();
        secs = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
        System.out.printf("per article: %.0f articles/s per core (%d articles, %d mentions)%n",
                passes * bodies.size() / secs, bodies.size(), n / passes);
    }

    private static long usedHeap(Runtime rt) {
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
