package org.newsgeo.trends;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.newsgeo.spark.Tables;

/**
 * The trends stage: daily aggregates over articles and mentions, one SQL file per table
 * (resources org/newsgeo/sql), each written partitioned by date.
 */
public final class TrendsJob {
    private final SparkSession spark;
    private final String warehouse;

    public TrendsJob(SparkSession spark, String warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    /** Recomputes every trend table; returns how many were written (0 when there is nothing to count yet). */
    public int run() {
        if (!Tables.exists(spark, warehouse, Tables.ARTICLES) || !Tables.exists(spark, warehouse, Tables.MENTIONS)) {
            return 0;
        }
        // Trends count stories, not copies: near-duplicates and their mentions stay out.
        Dataset<Row> originals = Tables.read(spark, warehouse, Tables.ARTICLES).filter("near_duplicate_of IS NULL");
        originals.createOrReplaceTempView(Tables.ARTICLES);
        Tables.read(spark, warehouse, Tables.MENTIONS).join(originals.select("article_id"), "article_id")
                .createOrReplaceTempView(Tables.MENTIONS);
        for (String table : Tables.TRENDS) {
            spark.sql(Tables.sql(table)).write().mode(SaveMode.Overwrite).option("partitionOverwriteMode", "static")
                    .partitionBy("date").parquet(Tables.path(warehouse, table));
        }
        return Tables.TRENDS.size();
    }
}
