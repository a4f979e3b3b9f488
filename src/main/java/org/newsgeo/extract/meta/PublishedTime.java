package org.newsgeo.extract.meta;

import java.time.Instant;

/**
 * A publication (or modification) time as found on a page.
 *
 * @param utc    the instant in UTC; when the page gives no zone, the local time read at the site's offset
 *               (or UTC when unknown); for a bare date, midnight UTC of that date
 * @param local  as printed, ISO form: "2023-02-25T21:11", "2023-02-25T21:11+07:00" or "2023-02-25"
 * @param source jsonld, meta, url, text
 */
public record PublishedTime(Instant utc, String local, String source) {
}
