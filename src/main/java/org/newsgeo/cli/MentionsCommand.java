package org.newsgeo.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsgeo.spark.JobOptions;
import org.newsgeo.spark.MentionsJob;
import org.newsgeo.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "mentions", mixinStandardHelpOptions = true,
        description = "Recompute the mentions table from every article in the warehouse (e.g. after a gazetteer update).")
public final class MentionsCommand implements Callable<Integer> {
    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        JobOptions job = options.toJob();
        try (SparkSessions.Session session = SparkSessions.open(job.master, job.sparkConf)) {
            SparkSession spark = session.spark();
            long n = new MentionsJob(spark, job.warehouse).run(null, List.of());
            System.out.printf("mentions: %,d rows written to %s/mentions%n", n, job.warehouse);
            return 0;
        }
    }
}
