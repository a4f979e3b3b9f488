package org.newsgeo.extract.meta;

import java.time.LocalDateTime;

/** The date reader of page text ({@link TextDates}) for other packages: plain-text bylines, say. */
public final class WrittenDates {
    /**
     * A date written in text.
     *
     * @param local   the wall-clock date and time as written (midnight when no time was given)
     * @param hasTime whether a time of day was written
     * @param start   where the date starts in the text
     * @param end     where it ends, time of day included
     */
    public record Found(LocalDateTime local, boolean hasTime, int start, int end) {
    }

    private WrittenDates() {
    }

    /** The first date in the text, or null; {@code language} (ISO 639 or null) settles month names and order. */
    public static Found find(String text, String language) {
        TextDates.Found f = TextDates.forLanguage(language).find(text, 0);
        return f == null ? null : new Found(f.date().local(), f.date().hasTime(), f.start(), f.end());
    }
}
