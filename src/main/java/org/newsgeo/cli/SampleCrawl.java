package org.newsgeo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The sample crawl shipped inside the jar (a CC-NEWS-style WARC of openly licensed pages; see NOTICE).
 * It is copied to a fixed temporary path so that a second run finds it recorded and skips it.
 */
final class SampleCrawl {
    static final String RESOURCE = "/org/newsgeo/sample/newsgeo-sample.warc.gz";

    private SampleCrawl() {
    }

    static String path() {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "newsgeo-sample", "newsgeo-sample.warc.gz");
        try (InputStream in = SampleCrawl.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the sample crawl is missing from the build");
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target.toUri().toString();
    }
}
