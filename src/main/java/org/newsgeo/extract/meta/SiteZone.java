package org.newsgeo.extract.meta;

import com.ibm.icu.util.TimeZone;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time zone a site most likely writes its local times in, from its country: the URL's
 * country-code TLD, else the region of its declared language ("de-AT"). Only countries whose
 * zones in CLDR/tzdb all keep the same clock qualify; elsewhere (.com, US, RU...) we cannot
 * justify a choice and return null, which means UTC.
 */
final class SiteZone {
    private static final Map<String, ZoneId> CACHE = new ConcurrentHashMap<>();
    private static final ZoneId NONE = ZoneOffset.UTC;

    private SiteZone() {
    }

    static ZoneId of(String url, String declaredLanguage) {
        ZoneId z = forCountry(countryOfHost(url));
        if (z == null && declaredLanguage != null) {
            String[] parts = declaredLanguage.replace('_', '-').split("-");
            if (parts.length > 1 && parts[parts.length - 1].length() == 2) z = forCountry(parts[parts.length - 1]);
        }
        return z;
    }

    /** Offset of the site zone at a given (approximate) instant, or null. */
    static ZoneOffset offsetAt(ZoneId zone, Instant when) {
        return zone == null ? null : zone.getRules().getOffset(when);
    }

    static String countryOfHost(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url.trim().replace(" ", "%20")).getHost();
            if (host == null) return null;
            int dot = host.lastIndexOf('.');
            String tld = host.substring(dot + 1).toUpperCase(Locale.ROOT);
            if (tld.equals("UK")) return "GB"; // the one ccTLD that is not its ISO code
            return tld.length() == 2 ? tld : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether two zones show the same time in winter and summer (Berlin and Büsingen, say). */
    private static boolean sameClock(ZoneId a, ZoneId b) {
        for (Instant t : new Instant[] {Instant.parse("2024-01-15T12:00:00Z"), Instant.parse("2024-07-15T12:00:00Z")}) {
            if (!a.getRules().getOffset(t).equals(b.getRules().getOffset(t))) return false;
        }
        return true;
    }

    private static ZoneId forCountry(String cc) {
        if (cc == null) return null;
        ZoneId z = CACHE.computeIfAbsent(cc.toUpperCase(Locale.ROOT), c -> {
            var ids = TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, c, null);
            ZoneId first = null;
            try {
                for (String id : ids) {
                    ZoneId z2 = ZoneId.of(id);
                    if (first == null) first = z2;
                    else if (!sameClock(first, z2)) return NONE;
                }
            } catch (RuntimeException e) {
                return NONE;
            }
            return first == null ? NONE : first;
        });
        return z == NONE ? null : z;
    }
}
