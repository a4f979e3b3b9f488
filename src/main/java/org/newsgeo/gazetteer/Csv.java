package org.newsgeo.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Minimal reader for the CSV (RFC 4180 quoting) and TSV source files; rows come back keyed by header. */
final class Csv {
    private Csv() {
    }

    static List<Map<String, String>> read(Path file, char sep) throws IOException {
        return read(file, sep, StandardCharsets.UTF_8);
    }

    static List<Map<String, String>> read(Path file, char sep, Charset cs) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        // An InputStreamReader replaces stray bytes (REIGN has one non-UTF-8 byte) instead of failing.
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), cs))) {
            String line;
            List<String> pending = null;
            StringBuilder carry = null;
            while ((line = in.readLine()) != null) {
                if (carry != null) line = carry.append('\n').append(line).toString();
                if (sep == ',' && unbalanced(line)) {           // a quoted field spans lines
                    carry = new StringBuilder(line);
                    continue;
                }
                carry = null;
                if (line.isEmpty() || (sep == '\t' && line.startsWith("#"))) continue;
                pending = sep == ',' ? splitCsv(line) : List.of(line.split("\t", -1));
                rows.add(pending);
            }
        }
        List<Map<String, String>> out = new ArrayList<>();
        if (rows.isEmpty()) return out;
        List<String> header = rows.get(0);
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            Map<String, String> m = new HashMap<>();
            for (int c = 0; c < header.size(); c++) m.put(header.get(c), c < r.size() ? r.get(c).trim() : "");
            out.add(m);
        }
        return out;
    }

    private static boolean unbalanced(String line) {
        int q = 0;
        for (int i = 0; i < line.length(); i++) if (line.charAt(i) == '"') q++;
        return q % 2 == 1;
    }

    static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cur.append(ch);
            } else if (ch == '"') quoted = true;
            else if (ch == ',') { out.add(cur.toString()); cur.setLength(0); }
            else cur.append(ch);
        }
        out.add(cur.toString());
        return out;
    }
}
