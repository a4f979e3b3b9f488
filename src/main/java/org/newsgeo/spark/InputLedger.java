package org.newsgeo.spark;

import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** The warehouse's record of which input files have been read, so a nightly run only reads new ones. */
final class InputLedger {
    private final SparkSession spark;
    private final String warehouse;

    InputLedger(SparkSession spark, String warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    List<String> unseen(List<String> files) {
        if (!Tables.exists(spark, warehouse, Tables.INPUTS)) return files;
        Set<String> seen = new HashSet<>(Tables.read(spark, warehouse, Tables.INPUTS)
                .select(col("source_file")).as(Encoders.STRING()).collectAsList());
        List<String> out = new ArrayList<>();
        for (String f : files) if (!seen.contains(f)) out.add(f);
        return out;
    }

    void record(List<String> files, String run) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Row> rows = new ArrayList<>();
        for (String f : files) rows.add(RowFactory.create(f, run, now));
        Tables.append(spark, warehouse, Tables.INPUTS, rows);
    }
}
