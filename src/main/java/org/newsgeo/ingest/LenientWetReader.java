package org.newsgeo.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * WET written by hand or by line-oriented tools (LF line ends, Content-Length that counts characters):
 * records are split at "WARC/x.y" lines that follow a blank line, as cc_net reads WET, ignoring lengths.
 */
final class LenientWetReader extends LineRecordReader {
    private LineSource.Line pending; // a header line read while finishing the previous record

    LenientWetReader(String sourceFile, InputStream in, ReaderOptions options) {
        super(sourceFile, in, options);
    }

    @Override
    protected IngestItem readNext() throws IOException {
        LineSource.Line first = pending != null ? pending : lines.next();
        pending = null;
        while (first != null && !isVersionLine(first)) first = lines.next(); // junk before a record
        if (first == null) return null;
        Map<String, String> headers = new HashMap<>();
        LineSource.Line l;
        while ((l = lines.next()) != null && l.bytes() != null && l.bytes().length > 0) {
            String h = new String(l.bytes(), StandardCharsets.UTF_8);
            int colon = h.indexOf(':');
            if (colon > 0) headers.putIfAbsent(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
        }
        StringBuilder body = new StringBuilder();
        boolean previousBlank = true;
        while ((l = lines.next()) != null) {
            if (previousBlank && isVersionLine(l)) { pending = l; break; }
            String s = l.bytes() == null ? "" : new String(l.bytes(), StandardCharsets.UTF_8);
            body.append(s).append('\n');
            previousBlank = s.isEmpty();
        }
        return toItem(first.offset(), headers, body.toString().strip());
    }

    private IngestItem toItem(long offset, Map<String, String> h, String text) {
        String type = h.getOrDefault("warc-type", "unknown").toLowerCase(Locale.ROOT);
        if (!type.equals("conversion")) return IngestItem.skip(SkipCategory.ofWarcType(type));
        if (text.isEmpty()) return IngestItem.skip(SkipCategory.EMPTY);
        String url = WarcFields.cleanUri(h.get("warc-target-uri"));
        return IngestItem.of(WetRecords.record(sourceFile, offset, url, WarcFields.parseDate(h.get("warc-date")), text,
                h.get("warc-identified-content-language")));
    }

    private static boolean isVersionLine(LineSource.Line l) {
        byte[] b = l.bytes();
        return b != null && b.length >= 6 && b.length < 16 && b[0] == 'W' && b[1] == 'A' && b[2] == 'R' && b[3] == 'C'
                && b[4] == '/' && b[5] >= '0' && b[5] <= '9';
    }
}
