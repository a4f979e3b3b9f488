package org.newsgeo.gazetteer;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One spell of a leader in a role.
 *
 * @param role  head_of_state, head_of_government, effective_leader, foreign_minister
 * @param end   null while the spell goes on
 */
public record Term(String leaderId, String countryCode, String role, LocalDate start, LocalDate end)
        implements Serializable {

    public boolean covers(LocalDate day) {
        return day != null && (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }
}
