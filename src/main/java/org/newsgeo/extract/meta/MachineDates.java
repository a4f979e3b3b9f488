package org.newsgeo.extract.meta;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the machine-oriented date values of meta tags, JSON-LD and {@code <time datetime>}:
 * ISO 8601 and its common sloppy variants (space for T, "+0200", "UTC", slashes), compact
 * "20190728", epoch seconds/milliseconds. Anything else falls back to {@link TextDates}.
 */
final class MachineDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
            + "(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?(Z)?");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

    private MachineDates() {
    }

    static DateCandidate parse(String value, TextDates fallback) {
        if (value == null) return null;
        String v = value.trim();
        if (v.isEmpty() || v.length() > 200) return null;
        Matcher m = ISO.matcher(v);
        if (m.find()) return fromIso(m);
        if (EPOCH.matcher(v).matches()) {
            long n = Long.parseLong(v);
            Instant t = v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return new DateCandidate(LocalDateTime.ofInstant(t, ZoneOffset.UTC), true, ZoneOffset.UTC);
        }
        Matcher c = COMPACT.matcher(v);
        if (c.matches()) return fromCompact(c);
        return fallback == null ? null : fallback.first(v);
    }

    private static DateCandidate fromIso(Matcher m) {
        try {
            LocalDate d = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
            if (m.group(4) == null) return new DateCandidate(d.atStartOfDay(), false, null);
            int sec = m.group(6) == null ? 0 : num(m.group(6));
            LocalTime t = LocalTime.of(num(m.group(4)), num(m.group(5)), Math.min(sec, 59));
            return new DateCandidate(d.atTime(t), true, offset(m.group(7)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static DateCandidate fromCompact(Matcher m) {
        try {
            LocalDate d = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
            if (m.group(4) == null) return new DateCandidate(d.atStartOfDay(), false, null);
            LocalTime t = LocalTime.of(num(m.group(4)), num(m.group(5)), m.group(6) == null ? 0 : num(m.group(6)));
            return new DateCandidate(d.atTime(t), true, m.group(7) == null ? null : ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static ZoneOffset offset(String z) {
        if (z == null) return null;
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) return ZoneOffset.UTC;
        String digits = z.substring(1).replace(":", "");
        int h = num(digits.substring(0, 2));
        int min = digits.length() >= 4 ? num(digits.substring(2, 4)) : 0;
        try {
            return ZoneOffset.ofHoursMinutes(z.charAt(0) == '-' ? -h : h, z.charAt(0) == '-' ? -min : min);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}
