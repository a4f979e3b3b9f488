package org.newsgeo.gazetteer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GenericNamesTest {
    private static NameEntry name(String text, String lang) {
        return new NameEntry(text, lang, "alias", "country", "IS", "IS", false);
    }

    @Test
    void dropsSingleGenericWordsByLanguage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("generic_names.tsv"), "# test\ntext\tlang\tnote\nRepublic\t*\t\nIsland\ten\t\n");
        GenericNames g = GenericNames.read(dir);
        List<NameEntry> kept = g.drop(List.of(name("Republic", "hi"), name("republic", "en"), name("Island", "*"),
                name("Island", "en"), name("Island", "de"), name("Republic of Iceland", "en")));
        assertEquals(List.of("Island|de", "Republic of Iceland|en"), kept.stream().map(e -> e.text() + "|" + e.lang()).toList());
    }

    @Test
    void shippedListDropsCldrSplits() throws IOException {
        GenericNames g = GenericNames.read(Path.of("src/gazetteer/curated"));
        assertEquals(true, g.isGeneric(name("Republic", "en")));
        assertEquals(true, g.isGeneric(name("Republik", "de")));
        assertEquals(false, g.isGeneric(name("Island", "sv")));
    }
}
