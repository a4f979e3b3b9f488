package org.newsgeo.extract.meta;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A date read from a page before it becomes a {@link PublishedTime}: the wall-clock time as
 * written, whether a time of day was present, and the offset when the page states one.
 */
record DateCandidate(LocalDateTime local, boolean hasTime, ZoneOffset offset) {

    /** Converts to the public form; {@code siteOffset} is used only when the page gave no offset. */
    PublishedTime toPublished(String source, ZoneOffset siteOffset) {
        if (!hasTime) {
            String d = local.toLocalDate().toString();
            return new PublishedTime(local.toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC), d, source);
        }
        String wall = local.withSecond(0).withNano(0).toString();
        if (local.getSecond() != 0) wall = local.withNano(0).toString();
        if (offset != null && offset.equals(ZoneOffset.UTC) && siteOffset != null && !siteOffset.equals(ZoneOffset.UTC)) {
            // "Z" is how CMSs serialise, not what the page shows: readers see the site's local time.
            LocalDateTime shown = local.plusSeconds(siteOffset.getTotalSeconds());
            return new PublishedTime(local.toInstant(offset), shown.withNano(0) + siteOffset.getId(), source);
        }
        if (offset != null) return new PublishedTime(local.toInstant(offset), wall + offset.getId().replace("Z", "+00:00"), source);
        ZoneOffset off = siteOffset == null ? ZoneOffset.UTC : siteOffset;
        return new PublishedTime(local.toInstant(off), wall, source);
    }
}
