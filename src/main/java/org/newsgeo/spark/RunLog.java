package org.newsgeo.spark;

import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Which runs wrote articles and which of those have their mentions, so a run that crashed between the two
 * is finished by the next one. Without it such articles never got mentions: the next run skips their input
 * files (or drops the articles as already stored) and matches only its own new articles.
 */
final class RunLog {
    /** Logged just before a run appends articles. */
    static final String ARTICLES = "articles";
    /** Logged once the mentions and focus countries of a run's articles are all written. */
    static final String MENTIONS = "mentions";

    private final SparkSession spark;
    private final String warehouse;

    RunLog(SparkSession spark, String warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    void log(Collection<String> runs, String step) {
        if (runs.isEmpty()) return;
        Timestamp now = Timestamp.from(Instant.now());
        List<Row> rows = new ArrayList<>();
        for (String run : runs) rows.add(RowFactory.create(run, step, now));
        spark.createDataFrame(rows, Tables.schema(Tables.RUNS)).coalesce(1)
                .write().mode(SaveMode.Append).parquet(Tables.path(warehouse, Tables.RUNS));
    }

    /** Runs that began writing articles but did not finish their mentions, oldest first. */
    List<String> withoutMentions() {
        if (!Tables.exists(spark, warehouse, Tables.RUNS)) return List.of();
        Dataset<Row> log = Tables.read(spark, warehouse, Tables.RUNS);
        return log.filter(col("step").equalTo(ARTICLES)).select("ingest_run")
                .except(log.filter(col("step").equalTo(MENTIONS)).select("ingest_run"))
                .orderBy("ingest_run").as(Encoders.STRING()).collectAsList();
    }
}
