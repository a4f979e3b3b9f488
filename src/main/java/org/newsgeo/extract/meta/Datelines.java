package org.newsgeo.extract.meta;

/** Placeholder until the metadata work lands: no dateline. */
public final class Datelines {
    private Datelines() {
    }

    public static String find(String body) {
        return null;
    }
}
