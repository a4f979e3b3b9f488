package org.newsgeo.gazetteer;

import java.util.Locale;
import java.util.regex.Pattern;

/** Maps the office titles the sources print ("Prime ministers", "Federal Chancellor", "Emir") to roles. */
final class RoleTitles {
    private static final Pattern GOVERNMENT = Pattern.compile(
            "prime minister|premier|chancellor|head of government|heads of government|chief of government|"
                    + "chiefs of government|president of the (government|council of ministers|executive yuan)|"
                    + "presidents of the (government|council of ministers|executive yuan)|"
                    + "chairm[ae]n of the council of ministers|cabinet chief|taoiseach");
    private static final Pattern PARTY = Pattern.compile(
            "general secretar|secretary.general|first secretar|secretaries of the central committee|"
                    + "chairm[ae]n of the communist party|supreme leader|guide of the revolution|leader of the revolution");
    // Representatives and territorial officials are not their country's leaders.
    private static final Pattern SKIP = Pattern.compile(
            "governor|administrator|commissioner|\\bresidents?\\b|representative|chief minister|member|vice|federal council|"
                    + "nationality|capital|position|syndic|junta|committee|council of deputies|co-?prince|coprince");
    private static final Pattern STATE = Pattern.compile(
            "president|king|queen|emir|sultan|emperor|shah|prince|monarch|head of state|heads of state|captain|"
                    + "chairm[ae]n of the (presidency|presidium|state council|council of state)|ruler|pope|"
                    + "yang di-pertuan|caudillo");

    private RoleTitles() {
    }

    /** The role for a title, or null when the office is not one the gazetteer tracks. */
    static String role(String title) {
        String t = title.toLowerCase(Locale.ROOT).replace('_', ' ');
        if (t.isBlank()) return null;
        if (GOVERNMENT.matcher(t).find()) return Roles.HEAD_OF_GOVERNMENT;
        if (PARTY.matcher(t).find()) return Roles.EFFECTIVE_LEADER;
        if (SKIP.matcher(t).find()) return null;
        if (STATE.matcher(t).find()) return Roles.HEAD_OF_STATE;
        return null;
    }
}
