package org.newsgeo.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** For payloads with no Content-Type: does the start of the bytes look like an HTML document? */
final class HtmlSniffer {
    private HtmlSniffer() {}

    private static final String[] MARKERS = {"<!doctype html", "<html", "<head", "<body", "<title", "<meta", "<?xml"};

    static boolean looksLikeHtml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3).stripLeading();
        if (head.startsWith("<!--")) return head.contains("<html") || head.contains("<head") || head.contains("<!doctype");
        for (String m : MARKERS) if (head.startsWith(m)) return !m.equals("<?xml") || head.contains("<html");
        return false;
    }
}
