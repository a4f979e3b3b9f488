package org.newsgeo.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsgeo.spark.JobOptions;
import org.newsgeo.spark.Pipeline;
import org.newsgeo.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"The whole pipeline: read crawl -> articles -> mentions -> trend tables.",
                       "Incremental: inputs already recorded in the warehouse are skipped unless --reprocess.",
                       "Without --input, processes the sample crawl that ships with newsgeo."})
public final class RunCommand implements Callable<Integer> {
    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        JobOptions job = options.toJob();
        if (job.inputs.isEmpty()) job.inputs.add(SampleCrawl.path());
        try (SparkSessions.Session session = SparkSessions.open(job.master, job.sparkConf)) {
            SparkSession spark = session.spark();
            new Pipeline(spark, job).run().print(System.out);
            return 0;
        }
    }
}
