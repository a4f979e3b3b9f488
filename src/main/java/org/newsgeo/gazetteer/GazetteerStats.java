package org.newsgeo.gazetteer;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Coverage figures: countries x languages, names per kind, leaders per decade, names per leader. */
final class GazetteerStats {
    private GazetteerStats() {
    }

    static void print(Gazetteer g, PrintStream out) {
        Map<String, Set<String>> codesByLang = new TreeMap<>();
        Map<String, Integer> perKind = new TreeMap<>();
        Map<String, Integer> perLeader = new HashMap<>();
        Set<String> namedCodes = new HashSet<>();
        for (NameEntry e : g.names()) {
            perKind.merge(e.entityType() + "/" + e.kind(), 1, Integer::sum);
            if (e.entityType().equals("country")) {
                if (e.kind().equals("name") || e.kind().equals("alias")) {
                    codesByLang.computeIfAbsent(e.lang(), k -> new HashSet<>()).add(e.entityId());
                }
                namedCodes.add(e.entityId());
            } else if (e.entityType().equals("leader")) {
                perLeader.merge(e.entityId(), 1, Integer::sum);
            }
        }
        long langs240 = codesByLang.entrySet().stream().filter(e -> !e.getKey().equals("*") && e.getValue().size() >= 240).count();
        out.printf("countries: %d codes, %d with names; %d names in all%n", g.countries().size(), namedCodes.size(), g.names().size());
        out.printf("languages: %d with country names, %d of them naming >= 240 codes%n",
                codesByLang.keySet().stream().filter(l -> !l.equals("*")).count(), langs240);
        StringBuilder b = new StringBuilder("codes named per language:");
        codesByLang.forEach((l, s) -> b.append(' ').append(l).append('=').append(s.size()));
        out.println(b);
        out.println("names per kind: " + perKind);
        Map<Integer, Set<String>> decades = new TreeMap<>();
        for (String id : g.leaderIds()) {
            for (Term t : g.terms(id)) {
                int from = t.start() == null ? 1945 : Math.max(1940, t.start().getYear() / 10 * 10);
                int to = t.end() == null ? 2020 : t.end().getYear() / 10 * 10;
                for (int d = from; d <= to; d += 10) decades.computeIfAbsent(d, k -> new HashSet<>()).add(id);
            }
        }
        StringBuilder d = new StringBuilder("leaders in office per decade:");
        decades.forEach((k, v) -> d.append(' ').append(k).append("s=").append(v.size()));
        out.println(d);
        Map<String, Integer> byRole = new TreeMap<>();
        for (String id : g.leaderIds()) for (Term t : g.terms(id)) byRole.merge(t.role(), 1, Integer::sum);
        out.printf("leaders: %d, terms per role %s%n", g.leaderIds().size(), byRole);
        double avg = perLeader.values().stream().mapToInt(Integer::intValue).average().orElse(0);
        long multi = perLeader.values().stream().filter(n -> n >= 4).count();
        out.printf("names per leader: %.2f on average, %d leaders with >= 4 names%n", avg, multi);
    }
}
