package org.newsgeo.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.newsgeo.cli.Main;

/**
 * One local SparkSession per test JVM, bound to loopback; commands run through {@link Main#execute} find it
 * and leave it running.
 */
public abstract class SparkTestBase {
    protected static final SparkSession SPARK = SparkSessions.get("local[2]");

    /** The result of one command line: exit status and what it printed on stdout. */
    protected record Result(int status, String out) {
    }

    protected static synchronized Result cli(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int status = Main.execute(args);
            return new Result(status, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
    }

    /** A classpath resource copied to a file, for commands that read paths. */
    protected static Path resourceFile(String resource, Path dir) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        try (InputStream in = SparkTestBase.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("no test resource " + resource);
            Path out = dir.resolve(name);
            Files.copy(in, out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
