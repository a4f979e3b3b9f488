package org.newsgeo.extract.meta;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Labels of written dates: whether one is a last-modification stamp ("Updated: ...", "Letzte
 * Änderung: ...", "Mis à jour le ..."). Pages often print it next to the publication date, and
 * before it. No library lists these labels, so they are a short curated list of the major
 * languages of the corpus.
 */
final class DateLabels {
    private static final List<String> MODIFIED = List.of("updated", "modified", "edited", "aktualisiert",
            "geändert", "letzte änderung", "zuletzt bearbeitet", "mis à jour", "modifié",
            "actualizado", "actualización", "aggiornato", "aggiornamento", "atualizado", "bijgewerkt", "gewijzigd",
            "uppdaterad", "oppdatert", "opdateret", "zaktualizowano", "обновлено");
    /**
     * Labels of the publication date: "Veröffentlicht am", "Publié le", "Posted on"; and German
     * "Stand:" ("as of"), the date news and public-office pages print under the text, but not in a
     * citation's brackets ("(Stand: 19.08.2013)"). The lookahead for the labels' first letters comes
     * first: it is a cheap test where the pattern runs over the start of a page's text.
     */
    static final Pattern PUBLISHED = Pattern.compile("(?iu)(?=[pevgoоs])(?<!\\p{L})(published|posted|erstellt|veröffentlicht|publiziert"
            + "|erschienen|publié|publicado|publicada|pubblicato|gepubliceerd|publicerad|publisert|opublikowano|опубликовано"
            + "|(?<!\\()stand(?=:))(?!\\p{L})");
    /** How far before the date a label may stand ("Aktualisiert am Montag, ..."). */
    private static final int REACH = 30;

    private DateLabels() {
    }

    /**
     * Whether the text between {@code from} (the end of the previous date, or 0) and the date at
     * {@code dateStart}, on the same line and within reach, holds a modification label.
     */
    static boolean modified(String text, int from, int dateStart) {
        int lineStart = text.lastIndexOf('\n', dateStart - 1) + 1;
        int start = Math.max(Math.max(from, lineStart), dateStart - REACH);
        if (start >= dateStart) return false;
        String before = text.substring(start, dateStart).toLowerCase(Locale.ROOT);
        for (String label : MODIFIED) {
            int i = before.indexOf(label);
            // A whole word: "updated", not "outdated" or "unmodified".
            if (i >= 0 && (i == 0 || !Character.isLetter(before.charAt(i - 1)))
                    && (i + label.length() == before.length() || !Character.isLetter(before.charAt(i + label.length())))) {
                return true;
            }
        }
        return false;
    }
}
