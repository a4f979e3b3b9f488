package org.newsgeo.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.newsgeo.spark.RunLog;
import org.newsgeo.spark.Tables;

/**
 * The trends stage: daily aggregates over articles and mentions, one SQL file per table
 * (resources org/newsgeo/sql), each written partitioned by date. Every query counts within a day, so a
 * day's rows can be recomputed on their own.
 */
public final class TrendsJob {
    private final SparkSession spark;
    private final String warehouse;

    public TrendsJob(SparkSession spark, String warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    /**
     * What a run needs: the days its articles (and those of any run not yet counted) fall on are recomputed,
     * other days are left as they are, so a nightly run does not grow with the warehouse. Every day is
     * recomputed when a trend table is missing or the mentions were recomputed whole since.
     */
    public int update() {
        if (nothingToCount()) return 0;
        RunLog log = new RunLog(spark, warehouse);
        if (log.trendsOlderThanMentions() || !Tables.TRENDS.stream().allMatch(t -> Tables.exists(spark, warehouse, t))) {
            return run();
        }
        List<String> runs = log.withoutTrends();
        if (runs.isEmpty()) return 0;
        List<Date> days = Tables.read(spark, warehouse, Tables.ARTICLES).filter(col("ingest_run").isin(runs.toArray()))
                .select("published_date").distinct().as(Encoders.DATE()).collectAsList();
        if (!days.isEmpty()) write(col("published_date").isin(days.toArray()), "dynamic");
        log.trendsWritten(runs);
        return Tables.TRENDS.size();
    }

    /** Recomputes every trend table; returns how many were written (0 when there is nothing to count yet). */
    public int run() {
        if (nothingToCount()) return 0;
        RunLog log = new RunLog(spark, warehouse);
        List<String> runs = log.withoutTrends();
        write(lit(true), "static");
        log.trendsRecomputed(runs);
        return Tables.TRENDS.size();
    }

    private boolean nothingToCount() {
        return !Tables.exists(spark, warehouse, Tables.ARTICLES) || !Tables.exists(spark, warehouse, Tables.MENTIONS);
    }

    /** Writes the trend rows of the days the filter keeps; "dynamic" replaces only those days' partitions. */
    private void write(Column days, String overwrite) {
        // Trends count stories, not copies: near-duplicates and their mentions stay out.
        Dataset<Row> originals = Tables.read(spark, warehouse, Tables.ARTICLES).filter(days)
                .filter("near_duplicate_of IS NULL");
        originals.createOrReplaceTempView(Tables.ARTICLES);
        Tables.read(spark, warehouse, Tables.MENTIONS).filter(days).join(originals.select("article_id"), "article_id")
                .createOrReplaceTempView(Tables.MENTIONS);
        for (String table : Tables.TRENDS) {
            spark.sql(Tables.sql(table)).write().mode(SaveMode.Overwrite).option("partitionOverwriteMode", overwrite)
                    .partitionBy("date").parquet(Tables.path(warehouse, table));
        }
    }
}
