package org.newsgeo.ingest;

import java.util.Locale;

/** The stable, low-cardinality names under which fine-but-not-article records are counted. */
final class SkipCategory {
    private SkipCategory() {}

    static final String NOT_HTTP = "not_http";        // e.g. dns: responses, gemini
    static final String NOT_HTML = "not_html";        // no Content-Type and the bytes are not HTML
    static final String EMPTY = "empty_payload";

    /** warcinfo, request, metadata, revisit, resource, conversion, continuation, ... */
    static String ofWarcType(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return t.matches("[a-z-]{1,20}") ? t : "other_type";
    }

    static String ofStatus(int status) {
        if (status >= 300 && status < 400) return "status_redirect";
        if (status == 404 || status == 410) return "status_not_found";
        if (status >= 400 && status < 500) return "status_4xx";
        if (status >= 500 && status < 600) return "status_5xx";
        return "status_other";
    }

    static String ofMime(String mime) {
        if (mime.startsWith("image/")) return "content_image";
        if (mime.equals("application/pdf")) return "content_pdf";
        if (mime.contains("rss") || mime.contains("atom") || mime.endsWith("/xml")) return "content_feed";
        if (mime.equals("text/css") || mime.contains("javascript")) return "content_script_style";
        if (mime.startsWith("video/") || mime.startsWith("audio/")) return "content_media";
        if (mime.contains("json")) return "content_json";
        if (mime.startsWith("text/plain")) return "content_text";
        return "content_other";
    }
}
