package org.newsgeo.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsgeo.spark.SparkSessions;
import org.newsgeo.spark.SqlRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Run Spark SQL over the warehouse tables (articles, mentions, rejects, trend tables).",
                       "Example: newsgeo sql \"SELECT country_code, sum(articles) FROM country_daily GROUP BY 1\""})
public final class SqlCommand implements Callable<Integer> {
    @Option(names = "--warehouse", paramLabel = "DIR", defaultValue = "warehouse",
            description = "Where the tables live (default: ${DEFAULT-VALUE}).")
    String warehouse;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (JSON Lines, one object per row); default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the query from a file.")
    Path file;

    @Option(names = "--max-rows", defaultValue = "1000", description = "Rows shown by --format table.")
    int maxRows;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark or Hadoop setting (repeatable).")
    java.util.Map<String, String> conf = new java.util.LinkedHashMap<>();

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The SQL query.")
    String query;

    @Override
    public Integer call() throws Exception {
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new UsageException("unknown --format '" + format + "' (table, csv, json)");
        }
        if ((query == null) == (file == null)) throw new UsageException("give a QUERY or -f FILE (one of them)");
        String sql = file != null ? Files.readString(file, StandardCharsets.UTF_8) : query;
        if (!Files.isDirectory(Path.of(warehouse)) && !warehouse.contains("://")) {
            throw new UsageException("no warehouse at " + warehouse + " (run `newsgeo run` first, or give --warehouse)");
        }
        try (SparkSessions.Session session = SparkSessions.open(master, conf)) {
            SparkSession spark = session.spark();
            SqlRunner runner = new SqlRunner(spark, warehouse);
            runner.registerTables();
            runner.run(sql.strip().replaceAll(";\\s*$", ""), format, maxRows, System.out);
            return 0;
        } catch (Exception e) {
            // Spark reports a query it cannot analyse or parse as a (Scala, so undeclared) checked exception.
            if (e instanceof org.apache.spark.sql.AnalysisException) {
                throw new UsageException("bad query: " + e.getMessage().lines().findFirst().orElse(""));
            }
            throw e;
        }
    }
}
