package org.newsgeo.extract.text;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgeo.extract.meta.PublishedTime;
import org.newsgeo.extract.meta.WrittenDates;

/**
 * The date (and time) of a plain-text article's byline line — "25 Februari 2023 21:11", "February 25, 2023",
 * "25.02.2023 21:11", "2023-02-25" in any language CLDR knows, read by {@link WrittenDates}. A zone written
 * after the time (WIB, GMT+7, +07:00) gives the UTC instant; without one the local time is also taken as UTC
 * and only {@code local} is exact.
 */
public final class BylineDates {
    private static final Pattern ZONE = Pattern.compile("^\\s*(WIB|WITA|WIT|GMT[+-]\\d{1,2}|GMT|UTC|[+-]\\d{2}:?\\d{2})\\b");
    private static final Map<String, Integer> ZONES = Map.of("WIB", 7, "WITA", 8, "WIT", 9, "GMT", 0, "UTC", 0);

    private BylineDates() {
    }

    /** The first date in the line, or null. */
    public static PublishedTime find(String line) {
        WrittenDates.Found f = WrittenDates.find(line, null);
        if (f == null) return null;
        if (!f.hasTime()) {
            return new PublishedTime(f.local().toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC),
                    f.local().toLocalDate().toString(), "text");
        }
        LocalDateTime local = f.local().withSecond(0).withNano(0);
        ZoneOffset zone = zoneAfter(line, f.end());
        String printed = local + (zone == null ? "" : zone.getId());
        return new PublishedTime(local.toInstant(zone == null ? ZoneOffset.UTC : zone), printed, "text");
    }

    /** Where in the line the date found by {@link #find} starts and ends, or null. */
    public static int[] span(String line) {
        WrittenDates.Found f = WrittenDates.find(line, null);
        if (f == null) return null;
        Matcher z = ZONE.matcher(line.substring(f.end()));
        return new int[] {f.start(), f.end() + (f.hasTime() && z.find() ? z.end() : 0)};
    }

    static ZoneOffset zoneAfter(String line, int from) {
        Matcher z = ZONE.matcher(line.substring(from));
        if (!z.find()) return null;
        String s = z.group(1);
        Integer hours = ZONES.get(s);
        if (hours != null) return ZoneOffset.ofHours(hours);
        if (s.startsWith("GMT")) return ZoneOffset.ofHours(Integer.parseInt(s.substring(3)));
        return ZoneOffset.of(s.length() == 5 ? s.substring(0, 3) + ":" + s.substring(3) : s);
    }
}
