package org.newsgeo.gazetteer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgeo.util.MiniJson;

/**
 * Turns a Wikidata SPARQL JSON result of src/gazetteer/wikidata/leaders.rq into the curated leaders format
 * (curated/wikidata_leaders.tsv), so that users with network access can refresh the leaders; the builder reads
 * that file when present, ranking it just below the hand-curated rows.
 */
public final class WikidataImporter {
    static final String HEADER = "country\trole\tstart\tend\tfullname\tsurname\tqid\tnote";
    private static final Set<String> ROLES = Set.copyOf(Roles.ORDER);

    private WikidataImporter() {
    }

    /** The curated-format rows (without header) for a SPARQL JSON result; rows without a label or date are skipped. */
    static List<String> rows(String json) {
        Map<?, ?> doc = (Map<?, ?>) MiniJson.parse(json);
        List<?> bindings = (List<?>) ((Map<?, ?>) doc.get("results")).get("bindings");
        List<String> out = new ArrayList<>();
        for (Object o : bindings) {
            Map<?, ?> b = (Map<?, ?>) o;
            String qid = value(b, "person");
            qid = qid.substring(qid.lastIndexOf('/') + 1);
            String name = value(b, "personLabel");
            String iso = value(b, "iso");
            String role = value(b, "role");
            String start = day(value(b, "start"));
            if (name.isEmpty() || name.equals(qid) || iso.length() != 2 || !ROLES.contains(role) || start.isEmpty()) continue;
            out.add(String.join("\t", iso, role, start, day(value(b, "end")), name.replace('\t', ' '),
                    PersonNames.surname(name, iso), qid, "Wikidata"));
        }
        return out;
    }

    private static String value(Map<?, ?> binding, String var) {
        Object v = binding.get(var);
        return v == null ? "" : String.valueOf(((Map<?, ?>) v).get("value")).trim();
    }

    /** "2022-12-30T00:00:00Z" -> "2022-12-30"; Wikidata writes unknown days as -00 or -01 with low precision. */
    private static String day(String dateTime) {
        if (dateTime.length() < 10 || dateTime.startsWith("-")) return "";
        return dateTime.substring(0, 10).replace("-00", "-01");
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WikidataImporter RESULT.json OUT.tsv");
            System.exit(2);
        }
        List<String> rows = rows(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            w.println("# Imported from Wikidata (CC0) with WikidataImporter from src/gazetteer/wikidata/leaders.rq");
            w.println(HEADER);
            rows.forEach(w::println);
        }
        System.out.println(rows.size() + " rows written to " + args[1]);
    }
}
