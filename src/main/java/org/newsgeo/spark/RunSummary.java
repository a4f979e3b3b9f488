package org.newsgeo.spark;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a run did, printed at its end so a nightly log says it without a query. */
public final class RunSummary {
    public final String runId;
    public final String warehouse;
    public long inputFiles;
    public long skippedFiles;
    public long records;
    public long extracted;
    public long articles;
    public long duplicates;
    public long nearDuplicates;
    public long mentions;
    /** Earlier runs that had stopped before their mentions; this run wrote them. */
    public List<String> resumedRuns = List.of();
    public Map<String, Long> rejectsByReason = new LinkedHashMap<>();
    public Map<String, Long> skippedByType = new LinkedHashMap<>();
    public List<String[]> topCountries = List.of();
    public long millis;
    /** Wall time of each stage, in run order ("extract", "mentions", "trends"). */
    public Map<String, Long> stageMillis = new LinkedHashMap<>();

    RunSummary(String runId, String warehouse) {
        this.runId = runId;
        this.warehouse = warehouse;
    }

    public long rejects() {
        return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    public void print(PrintStream out) {
        out.printf("newsgeo run %s%n", runId);
        out.printf("  input files      %,d (%,d already in the warehouse, skipped)%n", inputFiles, skippedFiles);
        out.printf("  records read     %,d%n", records);
        out.printf("  articles         %,d new (%,d duplicates dropped; %,d near-duplicates kept out of trends)%n",
                articles, duplicates, nearDuplicates);
        out.printf("  rejects          %,d%s%n", rejects(), rejectsByReason.isEmpty() ? "" : " " + rejectsByReason);
        out.printf("  skipped records  %,d%s%n", skippedByType.values().stream().mapToLong(Long::longValue).sum(),
                skippedByType.isEmpty() ? "" : " " + skippedByType);
        out.printf("  mentions         %,d%s%n", mentions, resumedRuns.isEmpty() ? ""
                : " (including those of " + resumedRuns.size() + " earlier run(s) that stopped before their mentions: "
                        + String.join(", ", resumedRuns) + ")");
        if (!topCountries.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (String[] c : topCountries) sb.append(sb.length() == 0 ? "" : ", ").append(c[0]).append(' ').append(c[1]);
            out.printf("  top countries    %s%n", sb);
        }
        StringBuilder stages = new StringBuilder();
        stageMillis.forEach((k, v) -> stages.append(stages.length() == 0 ? " (" : ", ").append(k).append(' ')
                .append(String.format("%.1f s", v / 1000.0)));
        out.printf("  time             %.1f s%s%n", millis / 1000.0, stages.length() == 0 ? "" : stages + ")");
        out.printf("  tables           %s (articles, mentions, article_focus, rejects, ingest_log, run_log, %s)%n", warehouse,
                String.join(", ", Tables.TRENDS));
    }
}
