package org.newsgeo.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed artifact is exactly what the builder makes from src/gazetteer: the build is reproducible. */
class GazetteerBuildTest {
    private static final Path SOURCES = Path.of("src/gazetteer");
    private static final Path SHIPPED = Path.of("src/main/resources/org/newsgeo/gazetteer");

    @Test
    void rebuildingGivesTheCommittedArtifact(@TempDir Path out) throws IOException {
        Gazetteer built = new GazetteerBuilder(SOURCES, new PrintStream(new ByteArrayOutputStream())).build(out);
        for (String f : GazetteerArtifact.FILES) {
            assertArrayEquals(Files.readAllBytes(SHIPPED.resolve(f)), Files.readAllBytes(out.resolve(f)),
                    f + " differs: run `gazetteer build` and commit the result");
        }
        Gazetteer loaded = GazetteerArtifact.load(out);
        assertEquals(built.names().size(), loaded.names().size());
        assertEquals(built.leaderIds().size(), loaded.leaderIds().size());
        assertEquals(built.countries(), loaded.countries());
    }
}
