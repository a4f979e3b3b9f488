package org.newsgeo.ingest;

import java.util.Locale;

/** The input formats of CONTRACT.md; AUTO picks one per file from its name. */
public enum InputFormat {
    AUTO, WARC, WET, HTML, TEXT, JSONL;

    public static InputFormat parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** The format a file's name suggests (for AUTO); null when the name says nothing we read. */
    public static InputFormat fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".wet")) return WET;
        if (n.endsWith(".warc") || n.endsWith(".arc")) return WARC;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return HTML;
        if (n.endsWith(".txt")) return TEXT;
        if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) return JSONL;
        return null;
    }

    /** The concrete format for one file. */
    public InputFormat resolve(String fileName) {
        if (this != AUTO) return this;
        InputFormat f = fromName(fileName);
        return f == null ? WARC : f;
    }
}
