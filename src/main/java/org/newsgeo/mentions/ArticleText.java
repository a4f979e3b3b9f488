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

    boolean find(Pattern p) {
        if (lower == null) lower = (title + "\n" + body).toLowerCase(Locale.ROOT);
        return p.matcher(lower).find();
    }
}
