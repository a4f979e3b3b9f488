package org.newsgeo.ingest;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Builds the SourceRecord of one WET conversion, shared by the jwarc path and the lenient line reader. */
final class WetRecords {
    private WetRecords() {}

    /** A first line longer than this is text, not a title. */
    private static final int MAX_TITLE = 300;

    static SourceRecord record(String file, long offset, String url, Instant crawl, String text, String language) {
        Map<String, String> fields = new HashMap<>();
        String lang = Languages.toAlpha2(language);
        if (lang != null) fields.put("language", lang);
        if (url != null) fields.put("url", url);
        // Common Crawl's WET text starts with the page's <title> on a line of its own: it becomes the title,
        // and the body is the rest, so a name in the title is not counted twice (as title and as body).
        String body = text;
        int nl = text.indexOf('\n');
        if (nl > 0 && nl <= MAX_TITLE && nl < text.length() - 1) {
            fields.put("title", text.substring(0, nl).strip());
            body = text.substring(nl + 1);
        }
        return SourceRecord.fields(file, offset, url, crawl, body, fields);
    }
}
