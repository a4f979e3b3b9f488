package org.newsgeo.extract.meta;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
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
     * first: it turns most words away at once.
     */
    static final Pattern PUBLISHED = Pattern.compile("(?iu)(?=[pevgoоs])(?<!\\p{L})(published|posted|erstellt|veröffentlicht|publiziert"
            + "|erschienen|publié|publicado|publicada|pubblicato|gepubliceerd|publicerad|publisert|opublikowano|опубликовано"
            + "|(?<!\\()stand(?=:))(?!\\p{L})");
    /**
     * The first publication label at or after {@code from}, as {@code PUBLISHED.matcher(text).find(from)}
     * finds it, or null. The pattern is only tried where a word starts (a label opens with a letter,
     * in any case folding, and the letter before it is none); find would try it at every character
     * of the text, the first 20,000 of a page.
     */
    static MatchResult published(String text, int from) {
        Matcher m = PUBLISHED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = from; i < text.length(); i++) {
            if (!Character.isLetter(text.charAt(i)) || i > 0 && Character.isLetter(text.charAt(i - 1))) continue;
            if (m.region(i, text.length()).lookingAt()) return m.toMatchResult();
        }
        return null;
    }

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
