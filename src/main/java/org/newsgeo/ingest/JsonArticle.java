package org.newsgeo.ingest;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Maps one JSON Lines object (our names or news-please's) to a FIELDS record. */
final class JsonArticle {
    private JsonArticle() {}

    private static final java.util.regex.Pattern SPACE_DATETIME =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    /** Our field name -> the names accepted for it, first present wins. */
    private static final String[][] ALIASES = {
            {"id", "id"},
            {"url", "url"},
            {"title", "title"},
            {"published", "published", "date_publish"},
            {"language", "language"},
            {"domain", "domain", "source_domain"},
            {"site_name", "site_name", "sitename", "source_name"},
            {"description", "description"},
            {"image_url", "image_url"},
    };

    static IngestItem toItem(String file, long offset, Map<String, Object> obj) {
        String body = firstString(obj, "text", "maintext", "body");
        String url = firstString(obj, "url");
        if (body == null) return IngestItem.of(Reject.ingest(file, offset, url, "missing_text", "no text/maintext"));
        Map<String, String> fields = new HashMap<>();
        for (String[] a : ALIASES) {
            String[] names = new String[a.length - 1];
            System.arraycopy(a, 1, names, 0, names.length);
            String v = firstString(obj, names);
            if (v != null && !v.isBlank()) fields.put(a[0], v);
        }
        String published = fields.get("published");
        if (published != null && SPACE_DATETIME.matcher(published).matches()) {
            // news-please writes "2017-02-21 12:00:00"; the ISO form is what date parsers expect
            fields.put("published", published.replace(' ', 'T'));
        }
        String lang = Languages.toAlpha2(fields.get("language"));
        if (lang == null) fields.remove("language"); else fields.put("language", lang);
        Object authors = obj.get("authors");
        if (authors == null) authors = obj.get("author");
        String joined = joinAuthors(authors);
        if (joined != null) fields.put("authors", joined);
        Instant crawl = crawlTime(firstString(obj, "date_download", "crawl_time"));
        return IngestItem.of(SourceRecord.fields(file, offset, url, crawl, body, fields));
    }

    private static String firstString(Map<String, Object> obj, String... names) {
        for (String n : names) {
            Object v = obj.get(n);
            if (v instanceof String || v instanceof Number || v instanceof Boolean) return v.toString();
        }
        return null;
    }

    private static String joinAuthors(Object a) {
        if (a instanceof String s) return s.isBlank() ? null : s.strip();
        if (a instanceof List<?> l) {
            String j = l.stream().filter(x -> x instanceof String).map(x -> ((String) x).strip())
                    .filter(x -> !x.isEmpty()).collect(Collectors.joining("\n"));
            return j.isEmpty() ? null : j;
        }
        return null;
    }

    /** news-please writes "2017-02-21 12:34:56" (UTC); ISO forms are accepted too. */
    static Instant crawlTime(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.strip();
        if (t.length() >= 19 && t.charAt(10) == ' ') t = t.substring(0, 10) + "T" + t.substring(11);
        return WarcFields.parseDate(t);
    }
}
