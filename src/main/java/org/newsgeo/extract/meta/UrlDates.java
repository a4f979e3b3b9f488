package org.newsgeo.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in article URLs: "/2019/07/28/", "/2019-07-28-", "/20190728/". A year and month alone
 * ("/2019/07/slug") are not a publication date and are ignored, nor is a slug that starts with a
 * number ("/2023/10/3-questions-to"): a one-digit day must end its path segment.
 */
final class UrlDates {
    private static final Pattern SPLIT = Pattern.compile(
            "[/_-](19[9]\\d|20\\d\\d)[/_.-](0?[1-9]|1[0-2])[/_.-]((?:0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)|[1-9](?=[/_.]|$))");
    private static final Pattern COMPACT = Pattern.compile(
            "[/_-](19[9]\\d|20\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

    private UrlDates() {
    }

    static DateCandidate find(String url) {
        if (url == null) return null;
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "" : path.substring(slash);
        }
        DateCandidate d = match(SPLIT.matcher(path));
        return d != null ? d : match(COMPACT.matcher(path));
    }

    private static DateCandidate match(Matcher m) {
        if (!m.find()) return null;
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return new DateCandidate(d.atStartOfDay(), false, null);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
