package org.newsgeo.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Which runs wrote articles, and which of those have their mentions and their days' trends, so a run that
 * stopped half-way is finished by the next one. Without it such articles never got mentions: the next run
 * skips their input files (or drops the articles as already stored) and matches only its own new articles.
 */
public final class RunLog {
    /** Logged just before a run appends articles. */
    static final String ARTICLES = "articles";
    /** Logged once the mentions and focus countries of a run's articles are all written. */
    static final String MENTIONS = "mentions";
    /** Logged once the trend rows of the days a run's articles fall on are rewritten. */
    static final String TRENDS = "trends";
    /** Logged when the mentions table is recomputed whole, so every day's trends are then out of date. */
    static final String ALL_MENTIONS = "all_mentions";
    /** Logged when every trend table is recomputed whole. */
    static final String ALL_TRENDS = "all_trends";

    private final SparkSession spark;
    private final String warehouse;

    public RunLog(SparkSession spark, String warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    void log(Collection<String> runs, String step) {
        if (runs.isEmpty()) return;
        Timestamp now = Timestamp.from(Instant.now());
        List<Row> rows = new ArrayList<>();
        for (String run : runs) rows.add(RowFactory.create(run, step, now));
        Tables.append(spark, warehouse, Tables.RUNS, rows);
    }

    /** Runs that began writing articles but did not finish their mentions, oldest first. */
    List<String> withoutMentions() {
        return loggedWithout(ARTICLES, MENTIONS);
    }

    /** Runs whose mentions are written but whose days' trends are not, oldest first. */
    public List<String> withoutTrends() {
        return loggedWithout(MENTIONS, TRENDS);
    }

    /** True when the mentions table was recomputed whole after the trend tables last were. */
    public boolean trendsOlderThanMentions() {
        if (!Tables.exists(spark, warehouse, Tables.RUNS)) return false;
        Row last = Tables.read(spark, warehouse, Tables.RUNS).agg(
                max(when(col("step").equalTo(ALL_MENTIONS), col("logged_at"))),
                max(when(col("step").equalTo(ALL_TRENDS), col("logged_at")))).first();
        return !last.isNullAt(0) && (last.isNullAt(1) || last.getTimestamp(0).after(last.getTimestamp(1)));
    }

    /** Marks the days of these runs counted in the trend tables. */
    public void trendsWritten(Collection<String> runs) {
        log(runs, TRENDS);
    }

    /** Marks every trend table recomputed, and with it the days of these runs. */
    public void trendsRecomputed(Collection<String> runs) {
        log(runs, TRENDS);
        log(List.of(Pipeline.newRunId()), ALL_TRENDS);
    }

    private List<String> loggedWithout(String step, String missing) {
        if (!Tables.exists(spark, warehouse, Tables.RUNS)) return List.of();
        Dataset<Row> log = Tables.read(spark, warehouse, Tables.RUNS);
        return log.filter(col("step").equalTo(step)).select("ingest_run")
                .except(log.filter(col("step").equalTo(missing)).select("ingest_run"))
                .orderBy("ingest_run").as(Encoders.STRING()).collectAsList();
    }
}
