package org.newsgeo.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsgeo.mentions.Mention;
import org.newsgeo.mentions.MentionFinder;

/**
 * The mentions stage: articles → one row per country, leader or place mention, and each article's focus
 * countries (article_focus). Reads only the text columns of the articles table; the matcher is built once
 * per executor.
 */
public final class MentionsJob {
    /** Focus countries kept per article, most central first. */
    static final int FOCUS_COUNTRIES = 3;

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
        // One row per article with its mentions and focus countries, so the text is matched once for both tables.
        StructType perArticle = new StructType()
                .add("mentions", DataTypes.createArrayType(Tables.schema(Tables.MENTIONS)))
                .add("focus", DataTypes.createArrayType(Tables.schema(Tables.FOCUS)));
        Dataset<Row> found = articles.map((MapFunction<Row, Row>) a -> find(a, run), Encoders.row(perArticle))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Dataset<Row> mentions = found.select(explode(col("mentions")).as("m")).select("m.*");
            long n = mentions.count();
            write(mentions, Tables.MENTIONS, runId == null);
            write(found.select(explode(col("focus")).as("f")).select("f.*"), Tables.FOCUS, runId == null);
            return n;
        } finally {
            found.unpersist();
        }
    }

    private void write(Dataset<Row> rows, String table, boolean replace) {
        rows.write().mode(replace ? SaveMode.Overwrite : SaveMode.Append).option("partitionOverwriteMode", "static")
                .partitionBy("published_date").parquet(Tables.path(warehouse, table));
    }

    static Row find(Row a, String run) {
        String id = a.getString(0);
        Date day = a.getDate(1);
        List<Mention> found = MentionFinder.shared().find(a.getString(2), a.getString(3), a.getString(4),
                day == null ? null : day.toLocalDate());
        List<Row> mentions = new ArrayList<>(found.size());
        for (Mention m : found) mentions.add(Rows.mention(id, day, m, run));
        List<Row> focus = new ArrayList<>();
        List<String> countries = MentionFinder.focusCountries(found, FOCUS_COUNTRIES);
        for (int i = 0; i < countries.size(); i++) focus.add(RowFactory.create(id, day, i + 1, countries.get(i), run));
        return RowFactory.create(mentions.toArray(), focus.toArray());
    }
}
