package org.newsgeo.extract.meta;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a news body: "MOSCOW (Reuters) -" gives "MOSCOW", "KHARKIV, Ukraine —"
 * gives "KHARKIV, Ukraine", "DAYTON, Ohio, April 8 -" gives "DAYTON, Ohio", "Beijing: ..." gives
 * "Beijing". Conservative: a place in ordinary case is only accepted when an agency credit in
 * parentheses or a colon right after one or two capitalised words marks it as a dateline.
 */
public final class Datelines {
    private static final String SEGMENT = "\\p{Lu}[\\p{L}\\p{M}.'’ -]{0,30}?";
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?<place>" + SEGMENT + "(?:,\\s*" + SEGMENT + "){0,2})"
            + "(?:,\\s*(?<date>\\p{L}+\\.?\\s+\\d{1,2}|\\d{1,2}\\.?\\s+\\p{L}+\\.?)(?:,?\\s*\\d{4})?)?"
            + "\\s*(?:\\((?<agency>[^()\\n]{1,40})\\))?\\s*(?<sep>[-–—:]+)\\s");

    private Datelines() {
    }

    /** The dateline place of the body's first line, or null. */
    public static String find(String body) {
        if (body == null) return null;
        String s = body.stripLeading();
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        if (line.length() > 160) line = line.substring(0, 160);
        Matcher m = DATELINE.matcher(line + " ");
        if (!m.find()) return null;
        String place = m.group("place").trim();
        String first = place.split(",")[0].trim();
        boolean upper = first.equals(first.toUpperCase(Locale.ROOT)) && first.chars().filter(Character::isLetter).count() >= 3;
        boolean agency = m.group("agency") != null;
        boolean colon = m.group("sep").startsWith(":") && !place.contains(",") && m.group("date") == null
                && place.split("\\s+").length <= 2 && capitalised(place);
        if (!upper && !agency && !colon) return null;
        for (String part : place.split(",")) if (part.trim().split("\\s+").length > 4) return null;
        return place;
    }

    private static boolean capitalised(String place) {
        for (String w : place.split("\\s+")) if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        return true;
    }
}
