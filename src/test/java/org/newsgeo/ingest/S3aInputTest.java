package org.newsgeo.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * s3a:// inputs end to end against a local S3-compatible server (the npm package s3rver, installed under
 * target/ on first use). Skipped when node/npm or the package are not available.
 */
class S3aInputTest {
    private static final String BUCKET = "newsgeo";
    private static final String SAMPLE = "warc/resiliparse-CC-MAIN-2020-34-sample.warc.gz";
    private static Process server;
    private static Configuration conf;
    private static String endpoint;

    @BeforeAll
    static void startServer() throws Exception {
        // hadoop-aws is a test dependency; without it (e.g. dropped from the pom) there is nothing to test
        assumeTrue(onClasspath("org.apache.hadoop.fs.s3a.S3AFileSystem"), "hadoop-aws not on the test classpath");
        File dir = new File("target/s3rver");
        File bin = new File(dir, "node_modules/.bin/s3rver");
        if (!bin.canExecute()) {
            dir.mkdirs();
            run(dir, 180, "npm", "install", "--no-audit", "--no-fund", "--prefix", dir.getAbsolutePath(), "s3rver@3.7.1");
        }
        assumeTrue(bin.canExecute(), "s3rver could not be installed (no npm or no registry)");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        File data = new File(dir, "data-" + port);
        data.mkdirs();
        server = new ProcessBuilder(bin.getAbsolutePath(), "-d", data.getAbsolutePath(), "-a", "127.0.0.1",
                "-p", String.valueOf(port), "--configure-bucket", BUCKET, "--silent")
                .redirectErrorStream(true).redirectOutput(new File(dir, "server-" + port + ".log")).start();
        assumeTrue(waitForPort(port, 20_000), "s3rver did not start");

        conf = new Configuration();
        conf.set("fs.s3a.buffer.dir", new File(dir, "buffer").getAbsolutePath());
        endpoint = "http://127.0.0.1:" + port;
        conf.set("fs.s3a.endpoint", endpoint);
        conf.set("fs.s3a.endpoint.region", "us-east-1");
        conf.set("fs.s3a.path.style.access", "true");
        conf.set("fs.s3a.connection.ssl.enabled", "false");
        conf.set("fs.s3a.access.key", "S3RVER");
        conf.set("fs.s3a.secret.key", "S3RVER");
        conf.set("fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
        conf.set("fs.s3a.impl", "org.apache.hadoop.fs.s3a.S3AFileSystem");
        conf.set("fs.s3a.change.detection.mode", "none");
        conf.set("fs.s3a.attempts.maximum", "2");
        conf.set("fs.s3a.retry.limit", "2");

        put("crawl/2024/a.warc.gz", ReaderRun.load(SAMPLE));
        put("crawl/2024/_SUCCESS", new byte[0]);
        put("crawl/b.jsonl", "{\"text\":\"Paris\"}\n".getBytes(StandardCharsets.UTF_8));
        put("lists/warc.paths", "crawl/2024/a.warc.gz\n".getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (conf != null) FileSystem.closeAll();
        if (server != null) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void directoriesListingsAndReadsWorkOverS3a() throws IOException {
        List<String> all = InputPaths.resolve(List.of("s3a://" + BUCKET + "/crawl/"), null, conf);
        assertEquals(List.of("s3a://newsgeo/crawl/2024/a.warc.gz", "s3a://newsgeo/crawl/b.jsonl"), all);
        assertEquals(List.of("s3a://newsgeo/crawl/2024/a.warc.gz"),
                InputPaths.resolve(List.of("@s3a://" + BUCKET + "/lists/warc.paths"), "s3a://" + BUCKET + "/", conf));

        String file = all.get(0);
        int records = 0;
        long secondOffset = -1;
        try (InputStream in = InputPaths.open(file, conf);
             RecordReader r = Readers.open(file, in, InputFormat.AUTO, ReaderOptions.defaults())) {
            while (r.hasNext()) {
                IngestItem it = r.next();
                if (it.record() != null && ++records == 2) secondOffset = it.record().sourceOffset;
            }
        }
        assertEquals(16, records);

        ByteArrayOutputStream b = new ByteArrayOutputStream();
        assertEquals(0, RecordTool.print(file, secondOffset, conf, new PrintStream(b, true, StandardCharsets.UTF_8)));
        assertTrue(b.toString(StandardCharsets.ISO_8859_1).contains("WARC-Target-URI: http://01spb.ru/company/"));
    }

    /**
     * Objects are put with a plain HTTP PUT: s3rver does not undo the SDK's signed aws-chunked upload
     * encoding, and uploading is not what is under test.
     */
    private static void put(String key, byte[] bytes) throws IOException, InterruptedException {
        HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(endpoint + "/" + BUCKET + "/" + key)).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                HttpResponse.BodyHandlers.discarding());
        assumeTrue(r.statusCode() == 200, "s3rver refused a PUT: " + r.statusCode());
    }

    private static void run(File dir, int seconds, String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).directory(dir).redirectErrorStream(true)
                    .redirectOutput(new File(dir, "npm-install.log")).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) p.destroyForcibly();
        } catch (IOException e) {
            // no npm on this machine: the test is skipped by the assumption that follows
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean onClasspath(String cls) {
        try {
            Class.forName(cls, false, S3aInputTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean waitForPort(int port, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        return false;
    }
}
