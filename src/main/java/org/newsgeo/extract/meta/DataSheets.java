package org.newsgeo.extract.meta;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "Titel: The Casquette Girls / Seiten: 400 / Autorin: Alys Arden / Verlag: ...": an author label among
 * the labels of a data sheet names the author of the book (the film, the study) that the article is
 * about, not the article's. Book blogs and reviews print such sheets under or beside the text.
 */
final class DataSheets {
    /** The labels of a sheet about a work; only a byline reader needs them, so the short list is kept here. */
    private static final Pattern WORK_LABEL = Pattern.compile("(?iu)^(?:(?:original|dt\\.|deutscher)\\s*)?"
            + "(?:titel|title|titre|titolo|título|isbn|verlag|publisher|éditeur|editorial|seiten|pages|erscheinungsjahr)\\s*:.*");
    private static final Pattern AUTHOR = Pattern.compile("(?iu)^(?:" + BylineWords.AUTHOR_LABEL + ")\\s*:.*");
    /** How many lines around the author label are read for the sheet. */
    private static final int AROUND = 4;

    private DataSheets() {
    }

    /** Whether {@code line} (line {@code at} of {@code lines}, perhaps joined with the next) is a sheet's author line. */
    static boolean isSheetAuthor(List<String> lines, int at, String line) {
        if (!AUTHOR.matcher(line).matches()) return false;
        for (int j = Math.max(0, at - AROUND); j < Math.min(lines.size(), at + AROUND + 1); j++) {
            if (j != at && WORK_LABEL.matcher(lines.get(j).trim()).matches()) return true;
        }
        return false;
    }
}
