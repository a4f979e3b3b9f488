package org.newsgeo.trends;

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
        Tables.read(spark, warehouse, Tables.ARTICLES).createOrReplaceTempView(Tables.ARTICLES);
        Tables.read(spark, warehouse, Tables.MENTIONS).createOrReplaceTempView(Tables.MENTIONS);
        for (String table : Tables.TRENDS) {
            spark.sql(Tables.sql(table)).write().mode(SaveMode.Overwrite).option("partitionOverwriteMode", "static")
                    .partitionBy("date").parquet(Tables.path(warehouse, table));
        }
        return Tables.TRENDS.size();
    }
}
