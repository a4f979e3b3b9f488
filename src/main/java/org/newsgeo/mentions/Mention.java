package org.newsgeo.mentions;

import java.io.Serializable;

/** One mention of a country, leader or place in an article field, as in the mentions table. */
public final class Mention implements Serializable {
    public String entityType;   // country, leader, place
    public String entityId;
    public String entityName;
    public String countryCode;
    public String role;         // leaders only
    public Boolean inOffice;    // leaders only
    public String field;        // title or body
    public int start;
    public int end;
    public String surface;
    public String matchKind;

    @Override
    public String toString() {
        return entityType + ":" + entityId + "(" + countryCode + ") " + field + "[" + start + "," + end + ")='"
                + surface + "' " + matchKind + (role == null ? "" : " " + role + " in_office=" + inOffice);
    }
}
