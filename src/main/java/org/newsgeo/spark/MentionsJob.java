package org.newsgeo.spark;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsgeo.mentions.Mention;
import org.newsgeo.mentions.MentionFinder;

/**
 * The mentions stage: articles → one row per country, leader or place mention. Reads only the text columns
 * of the articles table; the matcher is built once per executor.
 */
public final class MentionsJob {
    private final SparkSession spark;
    private final String warehouse;

    public MentionsJob(SparkSession spark, String warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    /**
     * @param runId the articles of this run only, appended; null recomputes the whole table
     * @return the number of mentions written
     */
    public long run(String runId) {
        if (!Tables.exists(spark, warehouse, Tables.ARTICLES)) return 0;
        Dataset<Row> articles = Tables.read(spark, warehouse, Tables.ARTICLES);
        if (runId != null) articles = articles.filter(col("ingest_run").equalTo(runId));
        articles = articles.select("article_id", "published_date", "title", "body", "language");
        String run = runId;
        Dataset<Row> mentions = articles.flatMap((FlatMapFunction<Row, Row>) a -> find(a, run),
                Encoders.row(Tables.schema(Tables.MENTIONS))).persist(StorageLevel.MEMORY_AND_DISK_SER());
        long n = mentions.count();
        mentions.write().mode(runId == null ? SaveMode.Overwrite : SaveMode.Append)
                .option("partitionOverwriteMode", "static")
                .partitionBy("published_date").parquet(Tables.path(warehouse, Tables.MENTIONS));
        mentions.unpersist();
        return n;
    }

    static Iterator<Row> find(Row a, String run) {
        String id = a.getString(0);
        Date day = a.getDate(1);
        List<Mention> found = MentionFinder.shared().find(a.getString(2), a.getString(3), a.getString(4),
                day == null ? null : day.toLocalDate());
        List<Row> rows = new ArrayList<>(found.size());
        for (Mention m : found) rows.add(Rows.mention(id, day, m, run));
        return rows.iterator();
    }

}
