package org.newsgeo.extract.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgeo.extract.meta.PublishedTime;

/**
 * Finds a date (and time) written in a byline line of a plain-text article, in any language whose month
 * names {@link MonthNames} knows: "25 Februari 2023 21:11", "February 25, 2023", "25.02.2023 21:11",
 * "2023-02-25". A zone written after the time (WIB, GMT+7, +07:00) gives the UTC instant; without one the
 * local time is also taken as UTC and only {@code local} is exact.
 */
public final class BylineDates {
    private static final String TIME = "(?:[,\\s]+(?:pukul|um|à|a las|at|kl\\.?|о|в)?\\s*(\\d{1,2})[:.](\\d{2})"
            + "(?:\\s*(WIB|WITA|WIT|GMT|UTC|[+-]\\d{2}:?\\d{2}|GMT[+-]\\d{1,2}))?)?";
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}{3,}\\.?)(?:\\s+de)?,?\\s+(\\d{4})" + TIME);
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("(?<![\\p{L}])(\\p{L}{3,}\\.?)\\s+(\\d{1,2}),?\\s+(\\d{4})" + TIME);
    private static final Pattern NUMERIC =
            Pattern.compile("(?<!\\d)(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})" + TIME);
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})" + TIME);
    private static final Map<String, Integer> ZONES = Map.of("WIB", 7, "WITA", 8, "WIT", 9, "GMT", 0, "UTC", 0);

    private BylineDates() {
    }

    /** The first date in the line, or null. */
    public static PublishedTime find(String line) {
        Matcher m = DAY_MONTH_YEAR.matcher(line);
        while (m.find()) {
            PublishedTime t = build(m.group(3), MonthNames.month(m.group(2)), m.group(1), m, 4);
            if (t != null) return t;
        }
        m = MONTH_DAY_YEAR.matcher(line);
        while (m.find()) {
            PublishedTime t = build(m.group(3), MonthNames.month(m.group(1)), m.group(2), m, 4);
            if (t != null) return t;
        }
        m = ISO.matcher(line);
        if (m.find()) return build(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m, 4);
        m = NUMERIC.matcher(line);   // day first, as in most of the world's news
        if (m.find()) return build(m.group(3), Integer.parseInt(m.group(2)), m.group(1), m, 4);
        return null;
    }

    /** Where in the line the date found by {@link #find} starts and ends, or null. */
    public static int[] span(String line) {
        for (Pattern p : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO, NUMERIC}) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                boolean ok = p == DAY_MONTH_YEAR ? MonthNames.month(m.group(2)) > 0
                        : p != MONTH_DAY_YEAR || MonthNames.month(m.group(1)) > 0;
                if (ok) return new int[] {m.start(), m.end()};
            }
        }
        return null;
    }

    private static PublishedTime build(String year, int month, String day, Matcher m, int timeGroup) {
        if (month < 1 || month > 12) return null;
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (RuntimeException e) {
            return null;
        }
        if (m.group(timeGroup) == null) {
            return new PublishedTime(date.atStartOfDay().toInstant(ZoneOffset.UTC), date.toString(), "text");
        }
        int h = Integer.parseInt(m.group(timeGroup));
        int min = Integer.parseInt(m.group(timeGroup + 1));
        if (h > 23 || min > 59) return null;
        LocalDateTime local = LocalDateTime.of(date, LocalTime.of(h, min));
        ZoneOffset zone = zone(m.group(timeGroup + 2));
        String printed = local.toString() + (zone == null ? "" : zone.getId().equals("Z") ? "Z" : zone.getId());
        return new PublishedTime(local.toInstant(zone == null ? ZoneOffset.UTC : zone), printed, "text");
    }

    static ZoneOffset zone(String z) {
        if (z == null) return null;
        Integer hours = ZONES.get(z);
        if (hours != null) return ZoneOffset.ofHours(hours);
        String s = z.startsWith("GMT") ? z.substring(3) : z;
        if (s.matches("[+-]\\d{1,2}")) return ZoneOffset.ofHours(Integer.parseInt(s));
        if (s.matches("[+-]\\d{2}:?\\d{2}")) return ZoneOffset.of(s.length() == 5 ? s.substring(0, 3) + ":" + s.substring(3) : s);
        return null;
    }
}
