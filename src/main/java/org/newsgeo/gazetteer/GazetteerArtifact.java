package org.newsgeo.gazetteer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes the compact gazetteer artifact shipped on the classpath: five gzipped TSV files
 * (countries, names, leaders, terms, places) under org/newsgeo/gazetteer/. GZIPOutputStream writes no timestamp,
 * so the same build yields the same bytes.
 */
final class GazetteerArtifact {
    static final String RESOURCE_DIR = "org/newsgeo/gazetteer/";
    static final String[] FILES = {"countries.tsv.gz", "names.tsv.gz", "leaders.tsv.gz", "terms.tsv.gz",
            "places.tsv.gz"};

    private GazetteerArtifact() {
    }

    static Gazetteer loadDefault() {
        try {
            return load(name -> GazetteerArtifact.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the shipped gazetteer", e);
        }
    }

    static Gazetteer load(Path dir) throws IOException {
        return load(name -> {
            try {
                return Files.newInputStream(dir.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    interface Opener {
        InputStream open(String name) throws IOException;
    }

    private static Gazetteer load(Opener opener) throws IOException {
        Map<String, String> countries = new LinkedHashMap<>();
        List<NameEntry> names = new ArrayList<>(200_000);
        Map<String, String> leaders = new LinkedHashMap<>();
        List<Term> terms = new ArrayList<>();
        Map<String, FormerState> former = new LinkedHashMap<>();
        read(opener, FILES[0], f -> {
            countries.put(f[0], f[1]);
            if (!f[2].isEmpty()) former.put(f[0], new FormerState(f[0], date(f[2]), date(f[3]), f[4]));
        });
        read(opener, FILES[1], f -> names.add(new NameEntry(f[0], f[1], f[2], f[3], f[4], f[5], f[6].equals("1"))));
        read(opener, FILES[2], f -> leaders.put(f[0], f[1]));
        read(opener, FILES[3], f -> terms.add(new Term(f[0], f[1], f[2], date(f[3]), date(f[4]))));
        List<Place> places = new ArrayList<>(40_000);
        read(opener, FILES[4], f -> places.add(new Place(f[0], f[1], f[2], f[3], Long.parseLong(f[4]), f[5],
                f[6].equals("1"))));
        return new Gazetteer(names, countries, leaders, terms, former, places);
    }

    private static void read(Opener opener, String name, Consumer<String[]> row) throws IOException {
        InputStream raw = opener.open(name);
        if (raw == null) throw new IOException("missing gazetteer file " + name);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            in.readLine();                                           // header
            String line;
            while ((line = in.readLine()) != null) row.accept(line.split("\t", -1));
        }
    }

    private static LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }

    /** Writes the artifact; countries rows are code, English name, valid from, valid to, successor. */
    static void write(Path dir, Map<String, String[]> countries, List<NameEntry> names, Map<String, String> leaders,
                      List<Term> terms, List<Place> places) throws IOException {
        Files.createDirectories(dir);
        try (Writer w = open(dir.resolve(FILES[0]))) {
            w.write("code\tname\tfrom\tto\tsuccessor\n");
            for (var e : countries.entrySet()) w.write(e.getKey() + "\t" + String.join("\t", e.getValue()) + "\n");
        }
        try (Writer w = open(dir.resolve(FILES[1]))) {
            w.write("text\tlang\tkind\tentity_type\tentity_id\tcountry_code\tambiguous\n");
            for (NameEntry n : names) {
                w.write(String.join("\t", n.text(), n.lang(), n.kind(), n.entityType(), n.entityId(),
                        n.countryCode(), n.ambiguous() ? "1" : "0") + "\n");
            }
        }
        try (Writer w = open(dir.resolve(FILES[2]))) {
            w.write("leader_id\tname\n");
            for (var e : leaders.entrySet()) w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
        try (Writer w = open(dir.resolve(FILES[3]))) {
            w.write("leader_id\tcountry_code\trole\tstart\tend\n");
            for (Term t : terms) {
                w.write(String.join("\t", t.leaderId(), t.countryCode(), t.role(), str(t.start()), str(t.end())) + "\n");
            }
        }
        try (Writer w = open(dir.resolve(FILES[4]))) {
            w.write("id\tname\tcountry\tkind\tpopulation\tadmin1\tdisputed\n");
            for (Place p : places) {
                w.write(String.join("\t", p.id(), p.name(), p.country(), p.kind(), Long.toString(p.population()),
                        p.admin1(), p.disputed() ? "1" : "0") + "\n");
            }
        }
    }

    private static String str(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static Writer open(Path p) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(p), 1 << 16),
                StandardCharsets.UTF_8));
    }
}
