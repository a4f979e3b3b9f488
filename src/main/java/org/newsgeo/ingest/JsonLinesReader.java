package org.newsgeo.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.newsgeo.util.MiniJson;

/** One article per line in our own field names or news-please's; a bad line is rejected, the next one read. */
final class JsonLinesReader extends LineRecordReader {
    JsonLinesReader(String sourceFile, InputStream in, ReaderOptions options) {
        super(sourceFile, in, options);
    }

    @Override
    protected IngestItem readNext() throws IOException {
        while (true) {
            LineSource.Line line = lines.next();
            if (line == null) return null;
            if (line.bytes() == null) {
                return IngestItem.of(Reject.ingest(sourceFile, line.offset(), null, "payload_too_large",
                        "line of " + line.length() + " bytes"));
            }
            String s = new String(line.bytes(), StandardCharsets.UTF_8);
            if (s.isBlank()) continue;
            return parse(line.offset(), s);
        }
    }

    private IngestItem parse(long offset, String s) {
        Object v;
        try {
            v = MiniJson.parse(s);
        } catch (MiniJson.Error e) {
            return IngestItem.of(Reject.ingest(sourceFile, offset, null, "bad_json", e.getMessage()));
        }
        if (!(v instanceof Map)) {
            return IngestItem.of(Reject.ingest(sourceFile, offset, null, "bad_json", "line is not a JSON object"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> obj = (Map<String, Object>) v;
        return JsonArticle.toItem(sourceFile, offset, obj);
    }
}
