package org.newsgeo.extract.lang;

import com.github.pemistahl.lingua.api.Language;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads Lingua's model files: {"language":"GERMAN","ngrams":{"3/95":"će ćx","1/1":"ąs"}}, each key a
 * relative frequency shared by the space-separated n-grams of its value. The probability is computed
 * as Lingua 1.2.2 computes it (the float numerator over the denominator as a float), so that scores
 * match Lingua's to the bit. Anything else (an escape, another layout) fails loudly: the format is
 * Lingua's internal one and may change with a new version.
 */
final class ModelFile implements Closeable {
    /** Receives each n-gram (as {@link NgramModels#key}) with its probability. */
    interface Sink {
        void add(long key, float probability);
    }

    /** Lingua's jar, or null when its classes are not in a jar (then the class loader reads the files). */
    private final ZipFile jar;

    /**
     * Opens the jar that holds Lingua's classes. The files are read from it directly: through the class
     * loader, each file a language lacks (12 languages have no bigram model) is looked for in every jar
     * of the class path, which opens them all and keeps their directories in the heap (~70 MB on Spark's).
     */
    ModelFile() throws IOException {
        ZipFile zip = null;
        try {
            Path where = Path.of(Language.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(where)) zip = new ZipFile(where.toFile());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            zip = null;   // an unusual class loader: fall back to it
        }
        jar = zip;
    }

    /** Reads language-models/{code}/{name}.json into the sink; false when Lingua has no such model. */
    boolean read(String code, String name, Sink sink) throws IOException {
        String path = "language-models/" + code + "/" + name + ".json";
        ZipEntry entry = jar == null ? null : jar.getEntry(path);
        if (jar != null && entry == null) return false;
        try (InputStream in = jar != null ? jar.getInputStream(entry) : Language.class.getResourceAsStream("/" + path)) {
            if (in == null) return false;
            parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), sink);
            return true;
        }
    }

    static void parse(String json, Sink sink) {
        if (json.indexOf('\\') >= 0) throw unexpected("an escaped character");
        int at = json.indexOf("\"ngrams\"");
        if (at < 0) throw unexpected("no \"ngrams\"");
        at = json.indexOf('{', at);
        // at: the '{' or the ',' before the next entry; the loop ends on the object's '}'.
        while (json.charAt(at) != '}') {
            int keyStart = skipSpace(json, at + 1);
            if (json.charAt(keyStart) == '}') break;   // an empty model
            if (json.charAt(keyStart) != '"') throw unexpected("no quoted frequency at " + keyStart);
            int slash = json.indexOf('/', keyStart);
            int keyEnd = json.indexOf('"', keyStart + 1);
            if (slash < 0 || slash > keyEnd) throw unexpected("a frequency that is not a fraction at " + keyStart);
            float p = Float.parseFloat(json.substring(keyStart + 1, slash)) / Integer.parseInt(json.substring(slash + 1, keyEnd));
            int valueStart = json.indexOf('"', keyEnd + 1) + 1;
            int valueEnd = json.indexOf('"', valueStart);
            for (int from = valueStart; from < valueEnd; ) {
                int to = json.indexOf(' ', from);
                if (to < 0 || to > valueEnd) to = valueEnd;
                if (to - from < 1 || to - from > 3) throw unexpected("an n-gram of " + (to - from) + " chars at " + from);
                sink.add(NgramModels.key(json, from, to), p);
                from = to + 1;
            }
            at = skipSpace(json, valueEnd + 1);
            if (json.charAt(at) != ',' && json.charAt(at) != '}') throw unexpected("no ',' after an entry at " + at);
        }
    }

    @Override
    public void close() throws IOException {
        if (jar != null) jar.close();
    }

    private static int skipSpace(String s, int at) {
        while (Character.isWhitespace(s.charAt(at))) at++;
        return at;
    }

    private static IllegalStateException unexpected(String what) {
        return new IllegalStateException("Lingua's model file has " + what + "; its format changed");
    }
}
