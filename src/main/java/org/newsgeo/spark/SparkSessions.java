package org.newsgeo.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession a command uses. Under spark-submit the cluster's settings win; on a bare
 * machine the session runs in local mode bound to loopback, with no UI, so nothing listens outside.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * A command's session: the JVM's existing one when there is one (tests, notebooks), which the command then
     * leaves running, or a new one that {@link Session#close()} stops.
     */
    public static Session open(String master) {
        return open(master, java.util.Map.of());
    }

    /** As {@link #open(String)}, with extra settings (--conf); on an existing session only runtime ones apply. */
    public static Session open(String master, java.util.Map<String, String> settings) {
        boolean existed = SparkSession.getDefaultSession().isDefined();
        SparkSession spark = get(master, settings);
        if (existed) {
            // Hadoop settings reach an existing session through its Hadoop configuration.
            settings.forEach((k, v) -> {
                if (k.startsWith("spark.hadoop.")) spark.sparkContext().hadoopConfiguration().set(k.substring(13), v);
            });
        }
        return new Session(spark, !existed);
    }

    /** A session and whether closing it should stop it. */
    public record Session(SparkSession spark, boolean owned) implements AutoCloseable {
        @Override
        public void close() {
            if (owned) spark.stop();
        }
    }

    /** @param master the --master option, or null to keep what spark-submit configured (else local[*]) */
    public static SparkSession get(String master) {
        return get(master, java.util.Map.of());
    }

    static SparkSession get(String master, java.util.Map<String, String> settings) {
        SparkConf conf = new SparkConf(true).setAppName("newsgeo");
        settings.forEach(conf::set);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        boolean local = conf.get("spark.master").startsWith("local");
        if (local) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(
                    Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
            // No chmod process per file written (see LocalFiles); under spark-submit the file system stays the cluster's.
            if (!conf.contains("spark.submit.deployMode")) conf.setIfMissing("spark.hadoop.fs.file.impl", LocalFiles.class.getName());
            // Tables are partitioned by day, so reading one lists hundreds of folders. Past 32 Spark lists them
            // in a job of one task per folder, which costs seconds locally; the driver lists a local disk in
            // milliseconds. On a cluster the parallel listing stays (and --conf can bring it back for s3a).
            conf.setIfMissing("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000");
        }
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        conf.setIfMissing("spark.sql.sources.partitionOverwriteMode", "dynamic");
        // Large bodies and many small tasks: keep serialized caches compact.
        conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
