package org.newsgeo.ingest;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Builds the SourceRecord of one WET conversion, shared by the jwarc path and the lenient line reader. */
final class WetRecords {
    private WetRecords() {}

    static SourceRecord record(String file, long offset, String url, Instant crawl, String text, String language) {
        Map<String, String> fields = new HashMap<>();
        String lang = Languages.toAlpha2(language);
        if (lang != null) fields.put("language", lang);
        if (url != null) fields.put("url", url);
        // WET text has the page title as its first line; extraction may use it, the body stays verbatim.
        return SourceRecord.fields(file, offset, url, crawl, text, fields);
    }
}
