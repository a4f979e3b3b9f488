package org.newsgeo.bench;

import org.newsgeo.gazetteer.Gazetteer;
import org.newsgeo.mentions.Mention;
import org.newsgeo.mentions.MentionFinder;
import org.newsgeo.mentions.NormalizedText;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import com.sun.management.OperatingSystemMXBean;
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
 * the English index), heap kept by the finder, and CPU time per core on the GeoWebNews bodies one by
 * one (the headline figure) and joined into one 4 MB text, plus a signature of all mentions found so
 * that a faster matcher can be checked to find the same. Usage: MatchSpeedBenchmark BRAT_DIR [PASSES].
 * GeoWebNews is GPL: read here, never copied.
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

        // The headline figure: articles one by one, as the job calls the finder (per-article set-up
        // included), once the JIT has settled: until then the C2 compiler keeps recompiling the hot
        // loops on another core (about 30 s here). Settled = at least 30 s, and the process spends no
        // more CPU than the matching thread (within 5%) over five rounds running; the thread's CPU time
        // is then the matcher's cost per core.
        ThreadMXBean thread = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long bodyBytes = 0;
        for (String b : bodies) bodyBytes += b.getBytes(StandardCharsets.UTF_8).length;
        long warmStart = System.nanoTime();
        int rounds = 0;
        int settled = 0;
        while (System.nanoTime() - warmStart < 90e9 && (settled < 5 || System.nanoTime() - warmStart < 30e9)) {
            long w = thread.getCurrentThreadCpuTime();
            long pw = os.getProcessCpuTime();
            for (int i = 0; i < 20; i++) for (String b : bodies) finder.find(null, b, "en", day);
            rounds++;
            settled = os.getProcessCpuTime() - pw < 1.05 * (thread.getCurrentThreadCpuTime() - w) ? settled + 1 : 0;
        }
        System.out.printf("warm-up: %.0f s (%d rounds of 20 passes) until the JIT settled%n",
                (System.nanoTime() - warmStart) / 1e9, rounds);
        int articlePasses = passes * 10;
        long c = thread.getCurrentThreadCpuTime();
        long p = os.getProcessCpuTime();
        long signature = 0;
        int n = 0;
        for (int i = 0; i < articlePasses; i++) {
            for (String b : bodies) {
                List<Mention> ms = finder.find(null, b, "en", day);
                n += ms.size();
                if (i == 0) for (Mention m : ms) signature = signature * 31 + key(m).hashCode();
            }
        }
        double secs = (thread.getCurrentThreadCpuTime() - c) / 1e9;
        double processSecs = (os.getProcessCpuTime() - p) / 1e9;
        double mbAll = bodyBytes * (double) articlePasses / 1e6;
        System.out.printf("per article: %.1f MB/s per core, %.0f articles/s (%d articles of %.1f KB average, %d mentions);"
                + " process CPU %.1f MB/s; mention signature %016x%n", mbAll / secs, articlePasses * bodies.size() / secs,
                bodies.size(), bodyBytes / 1e3 / bodies.size(), n / articlePasses, mbAll / processSecs, signature);

        // A single 4 MB text: rules that look across the whole article then cost the most.
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        for (int i = 0; i < 2; i++) finder.find(null, text, "en", day);
        c = thread.getCurrentThreadCpuTime();
        for (int i = 0; i < passes; i++) finder.find(null, text, "en", day);
        secs = (thread.getCurrentThreadCpuTime() - c) / 1e9;
        System.out.printf("one %.1f MB text: %.1f MB/s per core%n", mb, mb * passes / secs);
        c = thread.getCurrentThreadCpuTime();
        for (int i = 0; i < passes; i++) NormalizedText.of(text);
        System.out.printf("  folding alone: %.0f MB/s%n", mb * passes / ((thread.getCurrentThreadCpuTime() - c) / 1e9));
    }

    private static String key(Mention m) {
        return m.start + "|" + m.end + "|" + m.entityId + "|" + m.matchKind;
    }

    private static long usedHeap(Runtime rt) {
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
