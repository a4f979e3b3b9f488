package org.newsgeo.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsgeo.spark.ExtractJob;
import org.newsgeo.spark.JobOptions;
import org.newsgeo.spark.Pipeline;
import org.newsgeo.spark.RunSummary;
import org.newsgeo.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read the crawl into the articles and rejects tables (no mentions, no trends).")
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        JobOptions job = options.toJob();
        if (job.inputs.isEmpty()) throw new UsageException("extract needs --input PATH...");
        try (SparkSessions.Session session = SparkSessions.open(job.master, job.sparkConf)) {
            SparkSession spark = session.spark();
            long t0 = System.currentTimeMillis();
            RunSummary s = new ExtractJob(spark, job).run(Pipeline.newRunId());
            s.millis = System.currentTimeMillis() - t0;
            s.print(System.out);
            return 0;
        }
    }
}
