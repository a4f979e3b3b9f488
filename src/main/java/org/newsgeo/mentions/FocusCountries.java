package org.newsgeo.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the countries an article is about. Each mention scores for its country (leaders, capitals, cities
 * and regions for theirs): 1 per mention (0.5 for a city or region, which says less about the country
 * than its name), 3 once for being in the title, 2 for the dateline (where the story happens), and up to 2
 * for how early the first body mention comes, since news puts its subject in the lead. Ties go to the
 * earlier first mention.
 */
public final class FocusCountries {
    private FocusCountries() {
    }

    public static List<String> rank(List<Mention> mentions, int max) {
        Map<String, double[]> score = new HashMap<>();       // code -> {score, first position, title seen}
        int bodyEnd = 1;
        for (Mention m : mentions) if ("body".equals(m.field)) bodyEnd = Math.max(bodyEnd, m.end);
        for (Mention m : mentions) {
            if (m.countryCode == null || m.countryCode.isEmpty()) continue;
            double[] s = score.computeIfAbsent(m.countryCode, k -> new double[] {0, Double.MAX_VALUE, 0});
            s[0] += weight(m.matchKind);
            if ("title".equals(m.field)) {
                if (s[2] == 0) s[0] += 3;
                s[2] = 1;
                s[1] = Math.min(s[1], -1);
            } else {
                s[1] = Math.min(s[1], m.start);
            }
        }
        for (double[] s : score.values()) {
            if (s[1] >= 0 && s[1] < Double.MAX_VALUE) s[0] += 2 * (1 - s[1] / bodyEnd);
        }
        List<String> codes = new ArrayList<>(score.keySet());
        codes.sort(null);                      // a fixed order before the stable sort: same input, same ranking
        codes.sort((a, b) -> {
            double[] x = score.get(a);
            double[] y = score.get(b);
            int c = Double.compare(y[0], x[0]);
            return c != 0 ? c : Double.compare(x[1], y[1]);
        });
        return codes.subList(0, Math.min(Math.max(max, 0), codes.size()));
    }

    private static double weight(String matchKind) {
        if (matchKind == null) return 1;
        return switch (matchKind) {
            case "in_name", "city", "region" -> 0.5;
            case "dateline" -> 2;
            default -> 1;
        };
    }
}
