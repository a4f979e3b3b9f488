package org.newsgeo.gazetteer;

import java.util.List;

/** Leader roles, most senior first; a leader holding two roles is reported in the first. */
public final class Roles {
    public static final String HEAD_OF_STATE = "head_of_state";
    public static final String HEAD_OF_GOVERNMENT = "head_of_government";
    public static final String EFFECTIVE_LEADER = "effective_leader";
    public static final String FOREIGN_MINISTER = "foreign_minister";

    static final List<String> ORDER = List.of(HEAD_OF_STATE, HEAD_OF_GOVERNMENT, EFFECTIVE_LEADER, FOREIGN_MINISTER);

    private Roles() {
    }

    public static int rank(String role) {
        int i = ORDER.indexOf(role);
        return i < 0 ? ORDER.size() : i;
    }
}
