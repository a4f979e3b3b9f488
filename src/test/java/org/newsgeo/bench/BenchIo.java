package org.newsgeo.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reading benchmark pages: gunzip if needed, parse with jsoup's own charset sniffing. */
public final class BenchIo {
    private BenchIo() {}

    public static Document parse(byte[] html, String url) throws IOException {
        try (InputStream in = new ByteArrayInputStream(html)) {
            return Jsoup.parse(in, null, url == null ? "" : url);
        }
    }

    public static byte[] gunzip(Path p) throws IOException {
        byte[] raw = Files.readAllBytes(p);
        if (raw.length < 2 || (raw[0] & 0xff) != 0x1f || (raw[1] & 0xff) != 0x8b) return raw;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            return in.readAllBytes();
        }
    }

}
