package org.newsgeo.bench;

import org.newsgeo.extract.Article;
import org.newsgeo.extract.ArticleExtractor;
import org.newsgeo.ingest.SourceRecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The articles of every HTML page (.html, .html.gz) under some folders, as the extractor reads them. */
final class RealArticles {
    private RealArticles() {
    }

    /** Articles with a body and a detected language; pages that are no articles are left out. */
    static List<Article> load(String... dirs) throws IOException {
        List<Article> articles = new ArrayList<>();
        ArticleExtractor extractor = new ArticleExtractor();
        for (String dir : dirs) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                for (Path p : s.filter(x -> x.toString().endsWith(".html") || x.toString().endsWith(".html.gz")).sorted().toList()) {
                    byte[] html;
                    try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
                        html = in.readAllBytes();
                    }
                    try {
                        Article a = extractor.extract(SourceRecord.html(p.toString(), 0, "http://example.org/" + p.getFileName(),
                                Instant.EPOCH, "text/html", html));
                        if (a != null && a.body != null && !a.body.isEmpty() && a.language != null) articles.add(a);
                    } catch (Exception e) {
                        // not an article
                    }
                }
            }
        }
        return articles;
    }
}
