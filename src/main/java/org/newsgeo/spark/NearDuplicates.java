package org.newsgeo.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.newsgeo.extract.SimHash;

/**
 * Marks near-duplicate articles — the same story with other boilerplate — by SimHash: two hashes within
 * {@link SimHash#NEAR} bits share at least one of four 16-bit bands, so only articles sharing a band are
 * compared. The earliest crawl stays the original; each later copy gets {@code near_duplicate_of}.
 */
final class NearDuplicates {
    /** A band value shared by more articles than this is boilerplate (empty pages), not a story. */
    static final int MAX_BAND_GROUP = 500;

    private NearDuplicates() {
    }

    static Dataset<Row> mark(Dataset<Row> articles) {
        Column bands = expr("array(0, 1, 2, 3)");
        Dataset<Row> keyed = articles.select(col("article_id"), col("simhash"), col("crawl_time"),
                        explode(bands).as("band"))
                .withColumn("band_value", expr("shiftright(simhash, band * 16) & 65535"))
                .withColumn("group_size", count("*").over(Window.partitionBy("band", "band_value")))
                .filter(col("group_size").leq(MAX_BAND_GROUP)).drop("group_size");
        Dataset<Row> later = keyed.as("a").join(keyed.as("b"),
                        col("a.band").equalTo(col("b.band")).and(col("a.band_value").equalTo(col("b.band_value")))
                                .and(expr("bit_count(a.simhash ^ b.simhash) <= " + SimHash.NEAR))
                                .and(expr("(coalesce(b.crawl_time, timestamp'9999-01-01'), b.article_id) < "
                                        + "(coalesce(a.crawl_time, timestamp'9999-01-01'), a.article_id)")))
                .groupBy(col("a.article_id").as("dup_id"))
                .agg(min_by(col("b.article_id"), struct(col("b.crawl_time"), col("b.article_id")))
                        .as("near_duplicate_of"));
        return articles.drop("near_duplicate_of")
                .join(later, articles.col("article_id").equalTo(later.col("dup_id")), "left")
                .drop("dup_id");
    }
}
