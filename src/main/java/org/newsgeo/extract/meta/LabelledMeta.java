package org.newsgeo.extract.meta;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The author as WordPress SEO plugins label it for link previews: twitter:label1 "Written by" /
 * "Verfasst von" / "Escrito por", twitter:data1 the name. Sites whose structured data only
 * points at an author record it never prints still name the author here.
 */
final class LabelledMeta {
    private static final Pattern WRITTEN_BY = Pattern.compile("(?iu)" + BylineWords.WRITTEN_BY);
    /** The plugins print two or three label/data pairs (author, reading time). */
    private static final int PAIRS = 4;

    private LabelledMeta() {
    }

    static List<String> authors(MetaTags meta, TextDates dates) {
        for (int n = 1; n <= PAIRS; n++) {
            String label = meta.first("twitter:label" + n);
            if (label == null || !WRITTEN_BY.matcher(label.trim()).matches()) continue;
            String name = meta.first("twitter:data" + n);
            return name == null ? List.of() : AuthorParser.parse(name, dates);
        }
        return List.of();
    }
}
