package org.newsgeo.mentions;

import java.util.Locale;
import java.util.regex.Pattern;

/** The whole article (title and body) in lower case, made once and only when a rule needs evidence. */
final class ArticleText {
    private final String title;
    private final String body;
    private String lower;

    ArticleText(String title, String body) {
        this.title = title == null ? "" : title;
        this.body = body == null ? "" : body;
    }

    private final java.util.Map<Pattern, Boolean> seen = new java.util.HashMap<>();

    /** Does the pattern occur anywhere in the article? Cached: rules ask once per candidate. */
    boolean find(Pattern p) {
        if (lower == null) lower = (title + "\n" + body).toLowerCase(Locale.ROOT);
        return seen.computeIfAbsent(p, k -> k.matcher(lower).find());
    }
}
