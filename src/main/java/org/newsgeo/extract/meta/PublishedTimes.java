package org.newsgeo.extract.meta;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses the ISO-like timestamps that feeds and exports carry ("2018-04-05", "2018-04-05 10:00:00", with zone). */
public final class PublishedTimes {
    private PublishedTimes() {
    }

    /** Null when the value is not an ISO date or date-time. Without a zone the time is read as UTC. */
    public static PublishedTime parseIso(String value, String source) {
        String s = value.trim().replace(' ', 'T');
        try {
            OffsetDateTime t = OffsetDateTime.parse(s);
            return new PublishedTime(t.toInstant(), value.trim().replace(' ', 'T'), source);
        } catch (DateTimeParseException e) {
            // try the forms without a zone
        }
        try {
            if (s.endsWith("Z")) s = s.substring(0, s.length() - 1);
            LocalDateTime t = LocalDateTime.parse(s);
            return new PublishedTime(t.toInstant(ZoneOffset.UTC), s, source);
        } catch (DateTimeParseException e) {
            // try a bare date
        }
        try {
            LocalDate d = LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
            Instant utc = d.atStartOfDay().toInstant(ZoneOffset.UTC);
            return new PublishedTime(utc, d.toString(), source);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
