package org.newsgeo.gazetteer;

import java.time.LocalDate;

/**
 * One source's statement that someone held a role in a country between two dates, before reconciliation.
 *
 * @param fullName   the full name when the source has one, else null (Archigos often gives the surname only)
 * @param surname    the name the press uses alone ("Lukashenko", "Xi")
 * @param qid        Wikidata id when the source has it
 * @param yearOnly   true when the source only knows years: its dates yield to exact ones when spells merge
 * @param open       true when the spell went on at the source's data date: end is null for recent sources
 *                   (in office now), or the data date for old ones (censored: a successor's start ends it)
 */
record Spell(String source, String country, String role, LocalDate start, LocalDate end, String fullName,
             String surname, String qid, boolean yearOnly, boolean open) {

    boolean censored() {
        return open && end != null;
    }

    private static final LocalDate FAR = LocalDate.of(2200, 1, 1);

    boolean overlaps(LocalDate s, LocalDate e, int slackDays) {
        LocalDate a = start.minusDays(slackDays);
        LocalDate b = (end == null ? FAR : end).plusDays(slackDays);
        return !a.isAfter(e == null ? FAR : e) && !b.isBefore(s);
    }
}
