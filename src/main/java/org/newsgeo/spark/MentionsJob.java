package org.newsgeo.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.not;

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
 * per executor. Each row keeps its article's ingest run.
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
     * @param runs the articles of these runs only, appended; null recomputes the whole table
     * @param resumed those of {@code runs} that an earlier, stopped process may have partly written; a run
     *        started by this process has no rows yet, so its tables need not be read to find out
     * @return the number of mentions written
     */
    public long run(List<String> runs, List<String> resumed) {
        RunLog log = new RunLog(spark, warehouse);
        // A full recompute also finishes every run that stopped before its mentions.
        List<String> finishing = runs == null ? log.withoutMentions() : runs;
        long n = Tables.exists(spark, warehouse, Tables.ARTICLES) ? match(runs, resumed) : 0;
        log.log(finishing, RunLog.MENTIONS);
        if (runs == null) log.log(List.of(Pipeline.newRunId()), RunLog.ALL_MENTIONS);
        return n;
    }

    private long match(List<String> runs, List<String> resumed) {
        Dataset<Row> articles = Tables.read(spark, warehouse, Tables.ARTICLES);
        if (runs != null) articles = articles.filter(col("ingest_run").isin(runs.toArray()));
        articles = articles.select("article_id", "published_date", "title", "body", "language", "ingest_run");
        // One row per article with its mentions and focus countries, so the text is matched once for both tables.
        StructType perArticle = new StructType()
                .add("mentions", DataTypes.createArrayType(Tables.schema(Tables.MENTIONS)))
                .add("focus", DataTypes.createArrayType(Tables.schema(Tables.FOCUS)));
        Dataset<Row> found = articles.map((MapFunction<Row, Row>) MentionsJob::find, Encoders.row(perArticle))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Dataset<Row> mentions = notYetIn(Tables.MENTIONS, resumed,
                    found.select(explode(col("mentions")).as("m")).select("m.*"));
            long n = mentions.count();
            write(mentions, Tables.MENTIONS, runs == null);
            write(notYetIn(Tables.FOCUS, resumed, found.select(explode(col("focus")).as("f")).select("f.*")),
                    Tables.FOCUS, runs == null);
            return n;
        } finally {
            found.unpersist();
        }
    }

    /**
     * Leaves out the runs whose rows the table already holds: a run that crashed after appending to one table
     * but not the next is finished without writing its rows twice. Each append is committed whole by Spark.
     */
    private Dataset<Row> notYetIn(String table, List<String> resumed, Dataset<Row> rows) {
        if (resumed.isEmpty() || !Tables.exists(spark, warehouse, table)) return rows;
        List<String> written = Tables.read(spark, warehouse, table).filter(col("ingest_run").isin(resumed.toArray()))
                .select("ingest_run").distinct().as(Encoders.STRING()).collectAsList();
        return written.isEmpty() ? rows : rows.filter(not(col("ingest_run").isin(written.toArray())));
    }

    private void write(Dataset<Row> rows, String table, boolean replace) {
        rows.write().mode(replace ? SaveMode.Overwrite : SaveMode.Append).option("partitionOverwriteMode", "static")
                .partitionBy("published_date").parquet(Tables.path(warehouse, table));
    }

    static Row find(Row a) {
        String id = a.getString(0);
        String run = a.getString(5);
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
