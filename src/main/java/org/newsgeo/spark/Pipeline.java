package org.newsgeo.spark;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgeo.trends.TrendsJob;

/** The stages in their one order — extract, mentions, trends — for the run command and for tests. */
public final class Pipeline {
    private static final DateTimeFormatter RUN_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final SparkSession spark;
    private final JobOptions options;

    public Pipeline(SparkSession spark, JobOptions options) {
        this.spark = spark;
        this.options = options;
    }

    /** A run id sorts by time and is unique even for runs started in the same second. */
    public static String newRunId() {
        return RUN_TIME.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * The whole pipeline over the new inputs: articles and mentions appended, the trends of the days they fall
     * on recomputed. Runs that stopped after writing articles but before their mentions are finished here too.
     */
    public RunSummary run() {
        long t0 = System.currentTimeMillis();
        String runId = newRunId();
        RunSummary s = new ExtractJob(spark, options).run(runId);
        long t1 = System.currentTimeMillis();
        s.stageMillis.put("extract", t1 - t0);
        // This run's articles, and those of any earlier run that stopped before its mentions were written.
        List<String> runs = new RunLog(spark, options.warehouse).withoutMentions();
        if (!runs.isEmpty()) {
            s.resumedRuns = runs.stream().filter(r -> !r.equals(runId)).toList();
            s.mentions = new MentionsJob(spark, options.warehouse).run(runs, s.resumedRuns);
            s.topCountries = topCountries(runId);
        }
        long t2 = System.currentTimeMillis();
        s.stageMillis.put("mentions", t2 - t1);
        new TrendsJob(spark, options.warehouse).update();
        s.millis = System.currentTimeMillis() - t0;
        s.stageMillis.put("trends", s.millis - (t2 - t0));
        return s;
    }

    private List<String[]> topCountries(String runId) {
        List<String[]> out = new ArrayList<>();
        if (!Tables.exists(spark, options.warehouse, Tables.MENTIONS)) return out;
        for (Row r : Tables.read(spark, options.warehouse, Tables.MENTIONS)
                .filter("ingest_run = '" + runId + "' AND country_code IS NOT NULL")
                .groupBy("country_code").count().orderBy(org.apache.spark.sql.functions.desc("count"))
                .limit(10).collectAsList()) {
            out.add(new String[] {r.getString(0), String.valueOf(r.getLong(1))});
        }
        return out;
    }
}
