package org.newsgeo.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Expands the --input arguments into the list of files to read: plain files, directories (recursively,
 * without hidden and _-prefixed entries), globs, and @listing files (one path per line, optionally
 * gzipped like Common Crawl's warc.paths.gz). Works on any Hadoop file system (local, hdfs://, s3a://).
 * Bad usage (a missing path, a glob matching nothing) is an IllegalArgumentException with a one-line message.
 */
public final class InputPaths {
    private InputPaths() {}

    /**
     * @param inputBase prefix for relative paths in listings and arguments (e.g. "s3a://commoncrawl/"); null
     *                  resolves listing entries against the listing's folder and arguments against the working dir
     */
    public static List<String> resolve(List<String> inputs, String inputBase, Configuration conf) {
        if (inputs == null || inputs.isEmpty()) throw new IllegalArgumentException("no --input given");
        Set<String> out = new LinkedHashSet<>();
        for (String input : inputs) {
            if (input == null || input.isBlank()) continue;
            String in = input.strip();
            try {
                if (in.startsWith("@")) {
                    readListing(withBase(in.substring(1), inputBase), inputBase, conf, out);
                } else {
                    expand(withBase(in, inputBase), conf, out, true);
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read input " + in + ": " + oneLine(e));
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no input files found in " + String.join(" ", inputs));
        return new ArrayList<>(out);
    }

    /** Opens one input file as raw bytes; readers undo gzip themselves (jwarc per member, others by magic). */
    public static InputStream open(String path, Configuration conf) {
        try {
            Path p = new Path(path);
            return p.getFileSystem(conf).open(p, 1 << 20);
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("input not found: " + path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + path, e);
        }
    }

    private static void readListing(String listing, String inputBase, Configuration conf, Set<String> out)
            throws IOException {
        Path lp = new Path(listing);
        FileSystem fs = lp.getFileSystem(conf);
        if (!fs.exists(lp)) throw new IllegalArgumentException("listing file not found: " + listing);
        String base = inputBase != null ? inputBase : fs.makeQualified(lp).getParent().toString();
        InputStream raw = fs.open(lp);
        InputStream in = listing.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String p = withBase(line, base);
                // Listings name files; checking each of 100k S3 objects up front would cost more than reading them.
                if (isGlob(p)) expand(p, conf, out, true); else out.add(new Path(p).toString());
            }
        }
    }

    private static void expand(String input, Configuration conf, Set<String> out, boolean explicit) throws IOException {
        Path p = new Path(input);
        FileSystem fs = p.getFileSystem(conf);
        if (isGlob(input)) {
            FileStatus[] matches = fs.globStatus(p, f -> !hidden(f.getName()));
            if (matches == null || matches.length == 0) throw new IllegalArgumentException("no input matches " + input);
            for (FileStatus s : matches) addStatus(fs, s, out);
            return;
        }
        FileStatus s;
        try {
            s = fs.getFileStatus(p);
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("input not found: " + input);
        }
        addStatus(fs, s, out);
    }

    private static void addStatus(FileSystem fs, FileStatus s, Set<String> out) throws IOException {
        if (!s.isDirectory()) {
            out.add(s.getPath().toString());
            return;
        }
        List<String> files = new ArrayList<>();
        String root = s.getPath().toUri().getPath();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(s.getPath(), true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (!f.isDirectory() && !hiddenBelow(root, f.getPath())) files.add(f.getPath().toString());
        }
        files.sort(null); // stable order across runs and file systems
        out.addAll(files);
    }

    /** True when the file or any folder between the listed root and it is hidden. */
    private static boolean hiddenBelow(String root, Path file) {
        for (Path q = file; q != null; q = q.getParent()) {
            String qp = q.toUri().getPath();
            if (qp.length() <= root.length()) break;
            if (hidden(q.getName())) return true;
        }
        return false;
    }

    static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    private static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    private static String withBase(String path, String base) {
        if (base == null || base.isBlank() || isAbsolute(path)) return path;
        return base.endsWith("/") ? base + path : base + "/" + path;
    }

    private static boolean isAbsolute(String p) {
        return p.startsWith("/") || p.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    private static String oneLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
