package org.newsgeo.cli;

import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.newsgeo.ingest.RecordTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Print the raw crawl record at a byte offset (source_file and source_offset of a row).")
public final class RecordCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The source file (local, hdfs://, s3a://).")
    String file;

    @Parameters(index = "1", paramLabel = "OFFSET", description = "The record's byte offset in the file.")
    long offset;

    @Override
    public Integer call() throws Exception {
        if (offset < 0) throw new UsageException("OFFSET must be >= 0");
        return RecordTool.print(file, offset, new Configuration(), System.out);
    }
}
