package org.newsgeo.gazetteer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** What the "gazetteer" command line does: build the artifact, print coverage, resolve a name. */
public final class GazetteerTool {
    private GazetteerTool() {
    }

    /** Builds from sourcesDir (the repo's src/gazetteer) into outDir; 0 when done, 1 on failure. */
    public static int build(Path sourcesDir, Path outDir) {
        try {
            long t0 = System.nanoTime();
            new GazetteerBuilder(sourcesDir, System.out).build(outDir);
            System.out.printf(Locale.ROOT, "wrote %s in %.1f s%n", outDir, (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("gazetteer build failed: " + e.getMessage());
            return 1;
        }
    }

    /** Coverage of the shipped gazetteer. */
    public static void stats(PrintStream out) {
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.get();
        out.printf(Locale.ROOT, "loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        GazetteerStats.print(g, out);
    }

    /** Prints what a name resolves to, and for leaders the role held on the date. */
    public static void lookup(String name, LocalDate date, PrintStream out) {
        Gazetteer g = Gazetteer.get();
        String key = name.toLowerCase(Locale.ROOT);
        int hits = 0;
        for (NameEntry e : g.names()) {
            if (!e.text().toLowerCase(Locale.ROOT).equals(key)) continue;
            hits++;
            Place p = g.place(e.entityId());
            String what = e.entityType().equals("country") ? g.countryName(e.entityId())
                    : p != null ? p.name() + ", " + p.country() + ", population " + p.population()
                    + (p.disputed() ? ", disputed" : "") : g.leaderName(e.entityId());
            out.printf("%s\t%s %s (%s)\tlang=%s kind=%s%s%s%n", e.text(), e.entityType(), e.entityId(), what,
                    e.lang(), e.kind(), e.ambiguous() ? " ambiguous" : "", e.caseSensitive() ? " case-sensitive" : "");
            if (e.entityType().equals("leader")) {
                Term t = g.termOn(e.entityId(), date);
                out.printf("\ton %s: %s%n", date, t == null ? "not in office"
                        : t.role() + " of " + t.countryCode() + " since " + t.start() + (t.end() == null ? "" : " until " + t.end()));
            }
        }
        if (hits == 0) out.println("no entry for " + name);
    }
}
