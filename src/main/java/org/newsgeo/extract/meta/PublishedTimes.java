package org.newsgeo.extract.meta;

/**
 * Timestamps that feeds and exports carry ("2018-04-05", "2018-04-05 10:00:00", with a zone, epoch
 * seconds), read with the same parser as a page's machine-readable dates ({@link MachineDates}).
 */
public final class PublishedTimes {
    private PublishedTimes() {
    }

    /** Null when the value is not such a timestamp. Without a zone the time is read as UTC. */
    public static PublishedTime parseIso(String value, String source) {
        DateCandidate c = MachineDates.parse(value, null);
        return c == null ? null : c.toPublished(source, null);
    }
}
