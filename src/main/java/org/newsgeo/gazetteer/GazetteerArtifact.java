package org.newsgeo.gazetteer;

import java.util.List;
import java.util.Map;

/** Reads and writes the compact gazetteer artifact shipped on the classpath. */
final class GazetteerArtifact {
    private GazetteerArtifact() {
    }

    // First version: the builder does not exist yet, so the shipped gazetteer is empty.
    static Gazetteer loadDefault() {
        return new Gazetteer(List.of(), Map.of(), Map.of(), List.of());
    }
}
