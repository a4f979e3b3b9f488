package org.newsgeo.extract.meta;

/**
 * The words that open a byline in the major news languages, shared by the readers of bylines (byline
 * elements through {@link AuthorParser}, bylines printed as text through {@link TextBylines}) as
 * regular-expression alternatives. No library has them; each reader adds the few forms that only it
 * accepts.
 */
final class BylineWords {
    /** "By X", "Von X", "Por X", "Par X", "Door X", "Av/Af X", "Przez X". */
    static final String BY = "by|von|por|par|door|av|af|przez";
    /** Labels written with a colon: "Autorin: X", "Author: X", "Texto: X". */
    static final String AUTHOR_LABEL = "autor(?:in|en)?|auteur|author|autore|text|texto|texte";

    /** "Text & Fotos", "Texte et photos": one credit for words and pictures, before a colon or "von". */
    static final String TEXT_AND_PICTURES = "(?:text|texte|texto)\\s*(?:&|und|and|et|y|/|\\+)\\s*"
            + "(?:fotos?|photos?|bilder?|illustrations?)";

    /** "Written by", "Verfasst von": the label WordPress SEO plugins print over the author in twitter:label1. */
    static final String WRITTEN_BY = "(?:written|verfasst|geschrieben|escrito|écrit|scritto|geschreven|skrevet|skrivet|"
            + "napisane)\\s+(?:" + BY + "|da|de)";

    /** A capitalised word of a name, or an initial ("Christian P. Stadtfeld"); "PAID CONTENT" in capitals is not one. */
    static final String NAME_WORD = "\\p{Lu}(?:\\p{Ll}[\\p{L}'’-]*|\\.)";

    private BylineWords() {
    }
}
