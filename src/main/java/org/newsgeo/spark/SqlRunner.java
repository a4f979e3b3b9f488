package org.newsgeo.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Spark SQL over the warehouse: every table folder becomes a view of the same name. */
public final class SqlRunner {
    private final SparkSession spark;
    private final String warehouse;

    public SqlRunner(SparkSession spark, String warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    /** Registers the views and returns their names. */
    public List<String> registerTables() {
        List<String> names = new ArrayList<>();
        try {
            Path root = new Path(warehouse);
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(root)) throw new IllegalArgumentException("no warehouse at " + warehouse);
            for (FileStatus st : fs.listStatus(root)) {
                String name = st.getPath().getName();
                if (!st.isDirectory() || name.startsWith(".") || name.startsWith("_")) continue;
                Dataset<Row> df = view(st.getPath(), name);
                if (df == null) continue;
                df.createOrReplaceTempView(name);
                names.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The table's data, or null for a folder with no data files yet (a trend table of an empty run). */
    private Dataset<Row> view(Path dir, String name) {
        if (List.of(Tables.ARTICLES, Tables.MENTIONS, Tables.REJECTS, Tables.INPUTS, Tables.RUNS, Tables.FOCUS).contains(name)) {
            return Tables.read(spark, warehouse, name);
        }
        try {
            return spark.read().parquet(dir.toString());
        } catch (Exception e) {
            // Spark cannot infer a schema without files; such a table has nothing to show.
            return null;
        }
    }

    public void run(String query, String format, int maxRows, PrintStream out) {
        Dataset<Row> df = spark.sql(query);
        switch (format) {
            case "json" -> df.toJSON().toLocalIterator().forEachRemaining(out::println);
            case "csv" -> Csv.write(df, out);
            default -> TextTable.write(df, maxRows, out);
        }
        out.flush();
    }
}
