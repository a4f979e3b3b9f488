package org.newsgeo.extract;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One article's fields, as in the articles table of CONTRACT.md. Null means unknown. */
public final class Article implements Serializable {
    public String articleId;
    public String url;
    public String canonicalUrl;
    public String domain;
    public String siteName;
    public String title;
    public List<String> authors = new ArrayList<>();
    public Instant publishedAt;
    /** As printed on the page, ISO form ("2023-02-25T21:11", "2023-02-25T21:11+07:00", "2023-02-25"). */
    public String publishedLocal;
    public LocalDate publishedDate;
    /** jsonld, meta, url, text, crawl. */
    public String dateSource;
    public Instant modifiedAt;
    public String language;
    public String description;
    public String body;
    public String dateline;
    public String imageUrl;
    public String imageCaption;
    public String section;
    public List<String> tags = new ArrayList<>();
    public int wordCount;
    public String contentHash;
    /** {@link SimHash} of the body, to find near-duplicates. */
    public long simhash;
    public Instant crawlTime;
    public String sourceFile;
    public long sourceOffset;
    public String sourceCountry;
}
