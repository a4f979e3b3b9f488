package org.newsgeo.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgeo.ingest.InputFormat;
import org.newsgeo.ingest.ReaderOptions;
import org.newsgeo.spark.JobOptions;
import picocli.CommandLine.Option;

/** Options shared by run, extract, mentions and trends. */
public final class PipelineOptions {
    @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
            description = "Input files, directories, globs or @listing files (local, hdfs://, s3a://).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--input-base", paramLabel = "URL",
            description = "Prefix for relative paths in @listing files (e.g. s3a://commoncrawl/).")
    String inputBase;

    @Option(names = "--warehouse", paramLabel = "DIR", defaultValue = "warehouse",
            description = "Where the tables live (default: ${DEFAULT-VALUE}).")
    String warehouse;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, warc, wet, html, text or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: local[*], or what spark-submit set).")
    String master;

    @Option(names = "--reprocess", description = "Read inputs again even if the warehouse has recorded them.")
    boolean reprocess;

    @Option(names = "--max-payload", paramLabel = "BYTES",
            description = "Records with a larger payload are rejected (default: 10485760).")
    int maxPayload = ReaderOptions.DEFAULT_MAX_PAYLOAD_BYTES;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "A Spark or Hadoop setting (repeatable), e.g. spark.hadoop.fs.s3a.endpoint=http://127.0.0.1:9000.")
    Map<String, String> conf = new LinkedHashMap<>();

    @Option(names = "--s3-anonymous", description = "Read s3a:// inputs without credentials (public buckets).")
    boolean s3Anonymous;

    /** Settings for the Spark session: --conf pairs, plus what convenience flags stand for. */
    Map<String, String> sparkConf() {
        Map<String, String> out = new LinkedHashMap<>(conf);
        if (s3Anonymous) {
            out.put("spark.hadoop.fs.s3a.aws.credentials.provider",
                    "org.apache.hadoop.fs.s3a.AnonymousAWSCredentialsProvider");
        }
        return out;
    }

    JobOptions toJob() {
        JobOptions o = new JobOptions();
        o.inputs = inputs;
        o.inputBase = inputBase;
        o.warehouse = warehouse;
        try {
            o.format = InputFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown --format '" + format + "' (auto, warc, wet, html, text, jsonl)");
        }
        o.master = master;
        o.sparkConf = sparkConf();
        o.reprocess = reprocess;
        if (maxPayload <= 0) throw new UsageException("--max-payload must be positive");
        o.maxPayloadBytes = maxPayload;
        return o;
    }
}
