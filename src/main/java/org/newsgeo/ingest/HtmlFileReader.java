package org.newsgeo.ingest;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;

/** One HTML page per file; the URL is the file itself until extraction finds a canonical one. */
final class HtmlFileReader extends SingleFileReader {
    private final Instant modified;

    /** @param modified the file's modification time (stands in for the crawl time), or null */
    HtmlFileReader(String sourceFile, InputStream in, ReaderOptions options, Instant modified) {
        super(sourceFile, in, options);
        this.modified = modified;
    }

    @Override
    protected IngestItem read(byte[] bytes) {
        if (bytes.length == 0) return IngestItem.of(Reject.ingest(sourceFile, 0, sourceFile, "empty_file", null));
        return IngestItem.of(SourceRecord.html(sourceFile, 0, fileUri(sourceFile), modified, null, bytes));
    }

    /** A path with a scheme (hdfs://, s3a://, file:) is already a URI; a bare local path becomes file:///... */
    static String fileUri(String file) {
        try {
            URI u = new URI(file);
            if (u.getScheme() != null && u.getScheme().length() > 1) return file;
        } catch (Exception ignored) {
            // not a URI: a local path with spaces or the like
        }
        try {
            return Path.of(file).toAbsolutePath().toUri().toString();
        } catch (Exception e) {
            return file;
        }
    }
}
