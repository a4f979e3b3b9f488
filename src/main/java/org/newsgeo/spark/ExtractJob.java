package org.newsgeo.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.newsgeo.extract.ArticleExtractor;
import org.newsgeo.ingest.InputFormat;
import org.newsgeo.ingest.InputPaths;
import org.newsgeo.ingest.ReaderOptions;

/**
 * The extract stage: crawl files → articles and rejects. One task per input file; each record is parsed
 * once. Articles are de-duplicated by URL and by content (the earliest crawl wins), also against what the
 * warehouse already holds, and files already recorded in the warehouse are skipped unless reprocessing.
 */
public final class ExtractJob {
    /** Extractors keep parsers and buffers: one per task thread, reused across files. */
    private static final ThreadLocal<ArticleExtractor> EXTRACTOR = ThreadLocal.withInitial(ArticleExtractor::new);

    private final SparkSession spark;
    private final JobOptions options;

    public ExtractJob(SparkSession spark, JobOptions options) {
        this.spark = spark;
        this.options = options;
    }

    public RunSummary run(String runId) {
        RunSummary summary = new RunSummary(runId, options.warehouse);
        List<String> files = newFiles(summary);
        if (files.isEmpty()) return summary;

        HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
        InputFormat format = options.format;
        ReaderOptions readerOptions = new ReaderOptions(options.maxPayloadBytes);
        JavaRDD<Row> outcomes = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(files, files.size())
                .flatMap(f -> new FileOutcomes(f, format, readerOptions, conf.get(), EXTRACTOR.get(), runId));
        Dataset<Row> all = spark.createDataFrame(outcomes, FileOutcomes.schema())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            count(all, summary);
            Dataset<Row> articles = dedupe(all.filter(col("kind").equalTo(FileOutcomes.ARTICLE)).select("article.*"));
            articles = NearDuplicates.mark(notYetStored(articles)).persist(StorageLevel.MEMORY_AND_DISK_SER());
            summary.articles = articles.count();
            summary.nearDuplicates = articles.filter(col("near_duplicate_of").isNotNull()).count();
            summary.duplicates = summary.extracted - summary.articles;
            if (summary.articles > 0) new RunLog(spark, options.warehouse).log(List.of(runId), RunLog.ARTICLES);
            articles.write().mode(SaveMode.Append).partitionBy("published_date")
                    .parquet(Tables.path(options.warehouse, Tables.ARTICLES));
            articles.unpersist();
            notYetRejected(all.filter(col("kind").equalTo(FileOutcomes.REJECT)).select("reject.*"), files)
                    .write().mode(SaveMode.Append).parquet(Tables.path(options.warehouse, Tables.REJECTS));
            new InputLedger(spark, options.warehouse).record(readToEnd(all, files), runId);
        } finally {
            all.unpersist();
        }
        return summary;
    }

    /** Input files of this run: all that match, less those the warehouse has already read. */
    private List<String> newFiles(RunSummary summary) {
        List<String> files = InputPaths.resolve(options.inputs, options.inputBase,
                spark.sparkContext().hadoopConfiguration());
        summary.inputFiles = files.size();
        if (!options.reprocess) {
            List<String> fresh = new InputLedger(spark, options.warehouse).unseen(files);
            summary.skippedFiles = files.size() - fresh.size();
            files = fresh;
        }
        return files;
    }

    private static void count(Dataset<Row> all, RunSummary summary) {
        Map<String, Long> rejects = new TreeMap<>();
        Map<String, Long> skips = new TreeMap<>();
        for (Row r : all.selectExpr("kind", "coalesce(reject.reason, skipped) AS why")
                .groupBy("kind", "why").count().collectAsList()) {
            String kind = r.getString(0);
            long n = r.getLong(2);
            summary.records += n;
            if (kind.equals(FileOutcomes.ARTICLE)) summary.extracted += n;
            else if (kind.equals(FileOutcomes.REJECT)) rejects.merge(r.getString(1), n, Long::sum);
            else skips.merge(r.getString(1), n, Long::sum);
        }
        summary.rejectsByReason = rejects;
        summary.skippedByType = skips;
    }

    /** The files of this run less those that could not be opened or read: a later run tries them again. */
    private static List<String> readToEnd(Dataset<Row> all, List<String> files) {
        List<String> failed = all.filter(col("reject.reason").isin("unreadable_file", "read_error"))
                .select("reject.source_file").distinct().as(Encoders.STRING()).collectAsList();
        List<String> ok = new java.util.ArrayList<>(files);
        ok.removeAll(failed);
        return ok;
    }

    /** One row per URL and per content hash; the earliest crawl (then file position) is kept. */
    static Dataset<Row> dedupe(Dataset<Row> articles) {
        Dataset<Row> byUrl = keepFirst(articles, "article_id");
        // Pages without text (content_hash null) are distinct by URL alone.
        return keepFirst(byUrl.filter(col("content_hash").isNotNull()), "content_hash")
                .unionByName(byUrl.filter(col("content_hash").isNull()));
    }

    private static Dataset<Row> keepFirst(Dataset<Row> ds, String key) {
        var order = Window.partitionBy(key).orderBy(col("crawl_time").asc_nulls_last(),
                col("source_file"), col("source_offset"));
        return ds.withColumn("_rank", row_number().over(order)).filter(col("_rank").equalTo(1)).drop("_rank");
    }

    /**
     * Leaves out records the warehouse has already rejected for the same reason: files are read again after a
     * crash before the ledger, after --reprocess, and each night while they cannot be opened.
     */
    private Dataset<Row> notYetRejected(Dataset<Row> rejects, List<String> files) {
        if (!Tables.exists(spark, options.warehouse, Tables.REJECTS)) return rejects;
        Dataset<Row> stored = Tables.read(spark, options.warehouse, Tables.REJECTS)
                .filter(col("source_file").isin(files.toArray()))
                .select(col("source_file").as("s_file"), col("source_offset").as("s_offset"), col("reason").as("s_reason"));
        return rejects.join(stored, col("source_file").equalTo(col("s_file"))
                .and(col("source_offset").eqNullSafe(col("s_offset"))).and(col("reason").equalTo(col("s_reason"))),
                "left_anti");
    }

    /** Leaves out articles the warehouse already has, by id or by identical text. */
    private Dataset<Row> notYetStored(Dataset<Row> articles) {
        if (!Tables.exists(spark, options.warehouse, Tables.ARTICLES)) return articles;
        Dataset<Row> stored = Tables.read(spark, options.warehouse, Tables.ARTICLES);
        return articles.join(stored.select("article_id"), articles.col("article_id").equalTo(stored.col("article_id")),
                        "left_anti")
                .join(stored.select("content_hash"), articles.col("content_hash").equalTo(stored.col("content_hash")),
                        "left_anti");
    }
}
