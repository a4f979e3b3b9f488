package org.newsgeo.ingest;

import org.netpreserve.jwarc.WarcRecord;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Lenient readers for the WARC header fields real crawlers get wrong. */
final class WarcFields {
    private WarcFields() {}

    private static final DateTimeFormatter OFFSET_NO_COLON = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");

    /** WARC-Target-URI as written, minus the wget-style angle brackets and stray spaces; null if absent. */
    static String targetUri(WarcRecord r) {
        String u = r.headers().first("WARC-Target-URI").orElse(null);
        return cleanUri(u);
    }

    static String cleanUri(String u) {
        if (u == null) return null;
        u = u.strip();
        if (u.startsWith("<") && u.endsWith(">")) u = u.substring(1, u.length() - 1).strip();
        return u.isEmpty() ? null : u;
    }

    /**
     * WARC-Date, tolerating missing seconds/zone (read as UTC) and numeric offsets without a colon;
     * null when the value is unusable (e.g. year 5088968): the content is still worth keeping.
     */
    static Instant date(WarcRecord r) {
        return parseDate(r.headers().first("WARC-Date").orElse(null));
    }

    static Instant parseDate(String s) {
        if (s == null) return null;
        s = s.strip();
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException ignored) {
            // fall through to the lenient forms
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return OffsetDateTime.parse(s, OFFSET_NO_COLON).toInstant();
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next
        }
        if (s.length() == 14 && s.chars().allMatch(Character::isDigit)) { // ARC / WARC 0.x: yyyyMMddHHmmss
            try {
                return LocalDateTime.parse(s, DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT))
                        .toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // unusable
            }
        }
        return null;
    }
}
