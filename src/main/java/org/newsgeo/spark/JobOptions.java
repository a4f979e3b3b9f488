package org.newsgeo.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgeo.ingest.InputFormat;
import org.newsgeo.ingest.ReaderOptions;

/** What a pipeline command was asked to do; filled in by the command line. */
public final class JobOptions implements Serializable {
    public List<String> inputs = new ArrayList<>();
    public String inputBase;
    public String warehouse = "warehouse";
    public InputFormat format = InputFormat.AUTO;
    public String master;
    /** Extra Spark/Hadoop settings (--conf); Hadoop ones as spark.hadoop.*. */
    public Map<String, String> sparkConf = new LinkedHashMap<>();
    public boolean reprocess;
    public int maxPayloadBytes = ReaderOptions.DEFAULT_MAX_PAYLOAD_BYTES;
}
