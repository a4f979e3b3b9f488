package org.newsgeo.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsgeo.spark.JobOptions;
import org.newsgeo.spark.SparkSessions;
import org.newsgeo.trends.TrendsJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "trends", mixinStandardHelpOptions = true,
        description = "Recompute the daily trend tables from articles and mentions.")
public final class TrendsCommand implements Callable<Integer> {
    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        JobOptions job = options.toJob();
        try (SparkSessions.Session session = SparkSessions.open(job.master, job.sparkConf)) {
            SparkSession spark = session.spark();
            int n = new TrendsJob(spark, job.warehouse).run();
            System.out.printf("trends: %d tables written under %s%n", n, job.warehouse);
            return 0;
        }
    }
}
