package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.List;

/** Everything but the body that a page says about its article. Null means not found. */
public final class Metadata {
    public String title;
    public List<String> authors = new ArrayList<>();
    public PublishedTime published;
    public PublishedTime modified;
    public String description;
    public String siteName;
    public String canonicalUrl;
    public String section;
    public List<String> tags = new ArrayList<>();
    public String imageUrl;
    public String imageCaption;
    /** Language declared by the page (html lang, og:locale, content-language), a hint only. */
    public String declaredLanguage;
}
