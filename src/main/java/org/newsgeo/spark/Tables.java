package org.newsgeo.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** The warehouse layout: one Parquet folder per table, schemas kept as DDL resources. */
public final class Tables {
    public static final String ARTICLES = "articles";
    public static final String MENTIONS = "mentions";
    public static final String REJECTS = "rejects";
    /** The countries each article is mainly about, ranked. */
    public static final String FOCUS = "article_focus";
    /** The ledger of input files already processed, for incremental runs. */
    public static final String INPUTS = "ingest_log";
    /** Which runs wrote articles and which finished their mentions, to finish a crashed run. */
    public static final String RUNS = "run_log";
    public static final List<String> TRENDS =
            List.of("country_daily", "leader_daily", "country_pairs_daily", "coverage_matrix_daily");

    private Tables() {
    }

    public static StructType schema(String table) {
        return StructType.fromDDL(resource("schemas/" + table + ".ddl"));
    }

    public static String sql(String name) {
        return resource("sql/" + name + ".sql");
    }

    public static String path(String warehouse, String table) {
        return new Path(warehouse, table).toString();
    }

    /** True when the table has been written at least once. */
    public static boolean exists(SparkSession spark, String warehouse, String table) {
        try {
            Path p = new Path(warehouse, table);
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Dataset<Row> read(SparkSession spark, String warehouse, String table) {
        return spark.read().schema(schema(table)).parquet(path(warehouse, table));
    }

    /** Appends a few driver-side rows (a ledger's) to a table, as one file. */
    static void append(SparkSession spark, String warehouse, String table, List<Row> rows) {
        spark.createDataFrame(rows, schema(table)).coalesce(1).write().mode(SaveMode.Append).parquet(path(warehouse, table));
    }

    static String resource(String name) {
        try (InputStream in = Tables.class.getResourceAsStream("/org/newsgeo/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
