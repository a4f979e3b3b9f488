package org.newsgeo.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** URL helpers: normalisation for identity, the outlet's domain and the country of its top-level domain. */
public final class Urls {
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private Urls() {
    }

    /** Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash. */
    public static String normalize(String url) {
        String u = url.trim();
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        int q = u.indexOf('?');
        if (q >= 0) {
            StringBuilder kept = new StringBuilder();
            for (String p : u.substring(q + 1).split("&")) {
                String k = p.toLowerCase(Locale.ROOT);
                if (p.isEmpty() || k.startsWith("utm_") || k.startsWith("fbclid") || k.startsWith("gclid")) continue;
                kept.append(kept.length() == 0 ? '?' : '&').append(p);
            }
            u = u.substring(0, q) + kept;
        }
        int schemeEnd = u.indexOf("://");
        if (schemeEnd > 0) {
            int hostEnd = u.indexOf('/', schemeEnd + 3);
            if (hostEnd < 0) hostEnd = u.length();
            u = u.substring(0, hostEnd).toLowerCase(Locale.ROOT) + u.substring(hostEnd);
            u = u.replaceFirst("^https://", "http://");
        }
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        return u;
    }

    /** The host without "www.", or null. */
    public static String domain(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url.trim().replace(" ", "%20")).getHost();
            if (host == null) return null;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** ISO 3166-1 code of a country-code top-level domain (".id" -> ID, ".uk" -> GB); null for generic ones. */
    public static String countryOfDomain(String domain) {
        if (domain == null) return null;
        int dot = domain.lastIndexOf('.');
        String tld = domain.substring(dot + 1).toUpperCase(Locale.ROOT);
        if (tld.equals("UK")) return "GB";
        if (tld.length() != 2 || !ISO_COUNTRIES.contains(tld)) return null;
        // .tv, .fm, .io, .co, .me, .ai... are sold as generic domains.
        return Set.of("TV", "FM", "IO", "CO", "ME", "AI", "LY", "CC", "WS", "GG", "TO", "AM", "IM", "LA", "SU")
                .contains(tld) ? null : tld;
    }
}
