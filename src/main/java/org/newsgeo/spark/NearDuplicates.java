package org.newsgeo.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.min_by;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.newsgeo.extract.SimHash;

/**
 * Marks near-duplicate articles — the same story with other boilerplate — by SimHash distance. Only
 * candidates are compared: articles sharing one of four 16-bit bands of the hash (which every pair within
 * 3 bits does) or sharing a title (syndicated copies do). The earliest crawl stays the original; each later
 * copy gets {@code near_duplicate_of}.
 */
final class NearDuplicates {
    /** A band value shared by more articles than this is boilerplate (empty pages), not a story. */
    static final int MAX_BAND_GROUP = 500;

    private NearDuplicates() {
    }

    static Dataset<Row> mark(Dataset<Row> articles) {
        // Keys 0-3: the hash's bands; key 4: the title, folded (null titles give no key).
        Column keys = expr("filter(array(named_struct('band', 0, 'v', shiftright(simhash, 0) & 65535), "
                + "named_struct('band', 1, 'v', shiftright(simhash, 16) & 65535), "
                + "named_struct('band', 2, 'v', shiftright(simhash, 32) & 65535), "
                + "named_struct('band', 3, 'v', shiftright(simhash, 48) & 65535), "
                + "named_struct('band', 4, 'v', xxhash64(lower(regexp_replace(title, '\\\\W+', ''))))), "
                + "k -> k.band < 4 OR length(title) > 20)");
        // Which copy came first: crawl time, then position in the crawl (a later line of the same file).
        Column first = expr("named_struct('t', coalesce(crawl_time, timestamp'9999-01-01'), 'f', source_file, "
                + "'o', source_offset, 'id', article_id)");
        Dataset<Row> keyed = articles.filter(col("word_count").gt(0))
                .select(col("article_id"), col("simhash"), first.as("first"),
                        explode(keys).as("k"))
                .select(col("article_id"), col("simhash"), col("first"), col("k.band").as("band"),
                        col("k.v").as("band_value"))
                .withColumn("group_size", count("*").over(Window.partitionBy("band", "band_value")))
                .filter(col("group_size").leq(MAX_BAND_GROUP)).drop("group_size");
        Dataset<Row> later = keyed.as("a").join(keyed.as("b"),
                        col("a.band").equalTo(col("b.band")).and(col("a.band_value").equalTo(col("b.band_value")))
                                .and(expr("bit_count(a.simhash ^ b.simhash) <= " + SimHash.NEAR))
                                .and(col("b.first").lt(col("a.first"))))
                .groupBy(col("a.article_id").as("dup_id"))
                .agg(min_by(col("b.article_id"), col("b.first")).as("near_duplicate_of"));
        return articles.drop("near_duplicate_of")
                .join(later, articles.col("article_id").equalTo(later.col("dup_id")), "left")
                .drop("dup_id");
    }
}
