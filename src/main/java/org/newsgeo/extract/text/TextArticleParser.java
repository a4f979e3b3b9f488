package org.newsgeo.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.newsgeo.extract.Article;
import org.newsgeo.extract.meta.PublishedTime;

/**
 * Reads an article as a person copies it from a news page: photo captions, the title, a byline with the
 * date, the body, then the page's trailing boilerplate (read-more links, follow/share prompts, section
 * headings, editor initials). The layout is found from the byline date, so it works in any language whose
 * month names CLDR knows.
 */
public final class TextArticleParser {
    /** The byline must come early; later dates are inside the story. */
    static final int MAX_HEADER_LINES = 15;

    public Article parse(String text) {
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        Article a = new Article();
        int bylineAt = findByline(lines);
        int bodyFrom;
        if (bylineAt >= 0) {
            PublishedTime t = BylineDates.find(lines.get(bylineAt));
            a.publishedAt = t.utc();
            a.publishedLocal = t.local();
            a.dateSource = "text";
            a.authors.addAll(Bylines.authors(lines.get(bylineAt)));
            int titleAt = previousNonBlank(lines, bylineAt - 1);
            if (titleAt >= 0) {
                a.title = lines.get(titleAt).strip();
                a.imageCaption = captions(lines, titleAt);
            }
            bodyFrom = bylineAt + 1;
        } else {
            int titleAt = firstTitle(lines);
            a.title = titleAt >= 0 ? lines.get(titleAt).strip() : null;
            a.imageCaption = titleAt >= 0 ? captions(lines, titleAt) : null;
            bodyFrom = titleAt + 1;
        }
        a.body = Boilerplate.clean(lines.subList(Math.max(0, bodyFrom), lines.size()));
        return a;
    }

    /** The first early line holding a date whose remaining words look like a byline, not a sentence. */
    static int findByline(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), MAX_HEADER_LINES); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.length() > 160) continue;
            int[] span = BylineDates.span(l);
            if (span == null) continue;
            String rest = (l.substring(0, span[0]) + " " + l.substring(span[1])).strip();
            if (rest.split("\\s+").length <= 8 && previousNonBlank(lines, i - 1) >= 0) return i;
        }
        return -1;
    }

    /** Caption lines above the title: anything before it, said once (pages often repeat the caption). */
    static String captions(List<String> lines, int titleAt) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < titleAt; i++) {
            String l = lines.get(i).strip();
            if (!l.isEmpty() && !seen.contains(l)) seen.add(l);
        }
        return seen.isEmpty() ? null : String.join("\n", seen);
    }

    /** Without a byline: the first line that is not a repeated or credited caption. */
    static int firstTitle(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) continue;
            boolean repeated = i + 1 < lines.size() && lines.get(i + 1).strip().equals(l);
            if (!repeated && !Bylines.isCredited(l)) return i;
            if (repeated) i++;
        }
        return -1;
    }

    static int previousNonBlank(List<String> lines, int from) {
        for (int i = from; i >= 0; i--) if (!lines.get(i).isBlank()) return i;
        return -1;
    }
}
