package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Turns a byline into names: drops "By"/"Von"/"Por"/"Oleh"..., e-mail addresses, URLs, dates and
 * job titles, splits "A and B", "A, B & C", "A und B", "A y B", and dedupes. Labels and phrases
 * ("Zuletzt geändert", "email the") are not names; organisations and desk credits are names only
 * when the page prints them as its byline ({@link #parsePrinted}).
 */
final class AuthorParser {
    /** Byline lead words in the major news languages. */
    private static final Pattern LEAD = Pattern.compile(
            "^(?iu:(?:posted|written|published|veröffentlicht|eingestellt|geschrieben|verfasst|erstellt|publié|écrit|publicado|"
            + "escrito|pubblicato|scritto|interview|ein beitrag|beitrag|alles|mehr|more|all posts|alle beiträge|"
            + "artikel|articles|stories|news|recipe|pressemitteilung|gastbeitrag|kommentar)\\s+)?"
            + "(?iu:" + BylineWords.BY + "|vom|di|da|oleh|от|автор|yazar|" + BylineWords.AUTHOR_LABEL + "|"
            + "reporter|redaksi|penulis|bericht|interview|über|about|from|escribe)\\s*[:\\s]\\s*");
    /** A profession printed before the name ("Rechtsanwalt Sebastian Einbock"); academic titles stay, as printed. */
    private static final Pattern PROFESSION = Pattern.compile(
            "^(?iu:rechtsanw[aä]lt(?:in)?|fachanw[aä]lt(?:in)?|notar(?:in)?|steuerberater(?:in)?)\\s+(?=\\p{Lu})");
    private static final Pattern LEAD_ALONE = Pattern.compile(
            "(?iu)" + BylineWords.BY + "|vom|di|da|oleh|от|автор|yazar|autor|author|auteur|autore|redaktion|"
            + "am|um|uhr|stand|datum|date|on|le|el");
    /** An interview's byline names both: "Richard David Precht im Gespräch mit Karin Fischer". */
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:[,;|/&+]|\\s(?:and|und|y|e|et|i|en|og|och|ja|dan|и|та|ve|és)\\s"
            + "|\\s(?iu:im gespräch mit|in conversation with|en conversation avec)\\s)\\s*");
    private static final Pattern TEXT_AND_PICTURES = Pattern.compile("^(?iu:" + BylineWords.TEXT_AND_PICTURES + ")\\s*:\\s*");
    private static final Pattern DASH = Pattern.compile("(?<=\\S)\\s[-–—]\\s");
    /** Words that lead into a date: "am", "on", "le". */
    private static final String DATE_LEAD_WORDS = "am|um|on|le|el|il|em|at|vom|den";
    /** "lupa am 26/10/13": the date line the name runs into, when no date format was recognised. */
    private static final Pattern RUN_INTO_DATE = Pattern.compile("(?iu)\\s+(?:(?:" + DATE_LEAD_WORDS + ")\\s+)?\\d.*$");
    /** The word before a date: "am", "on", "le". */
    private static final Pattern DATE_LEAD = Pattern.compile("(?iu)\\s+(?:" + DATE_LEAD_WORDS + ")\\s*$");
    private static final Pattern EMAIL_OR_URL = Pattern.compile("\\S+@\\S+|https?://\\S+|www\\.\\S+");
    // Compiled once: parse runs for every byline candidate, String.replaceAll compiles on each call.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HANDLE = Pattern.compile("(^|\\s)@\\w+");
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\(.*?\\)\\s*");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$");
    /** Words that mark a role or a credit rather than a name. */
    private static final Set<String> ROLE_WORDS = Set.of("staff", "reporter", "correspondent", "editor", "writer",
            "redaktion", "redaktor", "redakteur", "contributor", "team", "admin", "administrator", "updated", "published",
            "posted", "photo", "photos", "foto", "fotos", "video", "min", "read", "comments", "comment", "editorial",
            "desk", "newsroom", "agency", "opinion", "columnist", "senior", "chief", "guest", "autor", "author", "phd", "ceo",
            "md", "dr", "prof", "unknown", "user", "quelle", "source", "fuente", "fonte", "anonymous", "benutzername",
            "username", "anonym", "text", "texto", "texte", "profile", "profil", "beiträge", "beitrag", "artikel", "articles",
            "posts", "all", "alle", "am", "uhr");

    /** Credits to the desk or the staff rather than to a person. */
    private static final Set<String> DESK = Set.of("staff", "reporter", "correspondent", "editor", "writer", "redaktion",
            "redaktor", "redakteur", "contributor", "team", "editorial", "desk", "newsroom", "agency");

    /** Words of the date line a byline runs into ("Sara Zinnecker Stand: ..."). */
    private static final Set<String> STATUS_WORDS = Set.of("stand", "publiziert", "veröffentlicht", "aktualisiert",
            "updated", "published", "posted", "publié", "publicado", "pubblicato", "erstellt", "created", "il", "den", "der", "die");
    /** Legal forms and desk words: an organisation, not a person; the next source may name one. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i).*\\b(e\\.\\s?v|gmbh|ag|inc|ltd|llc|verlag|stiftung|verband|redaktion|online|media|news|newsroom|"
            + "team|agentur|agencies|zeitung|magazin|magazine|eg|se|ministerium|bundesministerium)\\b.*");

    /** Lower-case words inside names and name lists: particles and "and" in the byline languages. */
    static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "da", "di", "du", "la", "le", "del",
            "dos", "das", "zu", "ter", "ten", "bin", "al", "el", "y", "e", "et", "i", "und", "and", "og", "och", "en");

    private AuthorParser() {
    }

    /** Names from structured data: desk and staff credits are not taken, the page may name the person. */
    static List<String> parse(String raw, TextDates dates) {
        return parse(raw, dates, false);
    }

    /**
     * Names from a byline printed on the page. A printed credit to the desk or the staff
     * ("Redaktion", "Staff Writer", "PETA-Team") is what the reader is told, so it is the byline.
     */
    static List<String> parsePrinted(String raw, TextDates dates) {
        return parse(raw, dates, true);
    }

    private static List<String> parse(String raw, TextDates dates, boolean printed) {
        List<String> out = new ArrayList<>();
        if (raw == null) return out;
        // Structured data is sometimes escaped twice: "Redacci&oacute;n".
        if (raw.contains("&")) raw = Parser.unescapeEntities(raw, false);
        String s = HANDLE.matcher(EMAIL_OR_URL.matcher(SPACES.matcher(raw).replaceAll(" ")).replaceAll(" ")).replaceAll(" ").trim();
        if (dates != null) {
            TextDates.Found d = dates.find(s, 0);
            // "Bo2man am 29.12.2010, 13:36 Uhr": the word that led into the date goes with it.
            if (d != null) s = (DATE_LEAD.matcher(s.substring(0, d.start())).replaceFirst("") + " " + s.substring(d.end())).trim();
        }
        // "Bruno (Henrique Zecchin) Rodrigues": the bracket goes, its spaces become one.
        s = BRACKETED.matcher(s).replaceAll(" ").trim();
        // "Text & Fotos: Ivan Valetny": the credit's "&" joins no names.
        s = TEXT_AND_PICTURES.matcher(s).replaceFirst("");
        s = withoutDeskAfterDash(s);
        String[] parts = SPLIT.split(s);
        for (int i = 0; i < parts.length; i++) {
            String name = LEAD.matcher(parts[i].trim()).replaceFirst("");
            name = EDGE_PUNCTUATION.matcher(name).replaceAll("").trim();
            name = undoubled(PROFESSION.matcher(RUN_INTO_DATE.matcher(name).replaceFirst("")).replaceFirst(""));
            boolean phrase = (!printed && ORGANISATION.matcher(name).matches()) || !namelike(name);
            // "Bundesministerium für Wirtschaft, Klimaschutz": the rest of a list that opens with
            // an organisation or a phrase are its fragments, not names.
            if (phrase && i == 0) return out;
            if (phrase) continue;
            name = withoutTrailingDateWord(name);
            if (plausible(name, printed)) out.add(name);
        }
        return dedupe(out);
    }

    /** "Kristen Falc'honKristen Falc'hon": a name printed twice without a space (a link and its tooltip). */
    private static String undoubled(String name) {
        int half = name.length() / 2;
        return name.length() % 2 == 0 && half > 2 && name.substring(0, half).equals(name.substring(half)) ? name.substring(0, half) : name;
    }

    /** "Kiran C Nair - Chrome Safe Browsing team": a desk after a dash closes the list. */
    private static String withoutDeskAfterDash(String s) {
        Matcher m = DASH.matcher(s);
        if (!m.find()) return s;
        for (String w : s.substring(m.end()).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (DESK.contains(w)) return s.substring(0, m.start());
        }
        return s;
    }

    /** "Lisa Petrich Mi", "Alex Bozarjian Thursday", "Logan C. Ritchie November": a byline run into its date line. */
    private static String withoutTrailingDateWord(String name) {
        int sp = name.lastIndexOf(' ');
        if (sp < 0) return name;
        String last = name.substring(sp + 1).toLowerCase(Locale.ROOT);
        // "Muñoz C.": a one-letter word is an initial, not a narrow weekday form.
        if (last.replace(".", "").length() < 2) return name;
        // "Rasender Reporter", "Teufel Blog Redaktion": a credit, kept whole.
        if (DESK.contains(last)) return name;
        if (MonthNames.isCalendarWord(last) || LEAD_ALONE.matcher(last).matches() || ROLE_WORDS.contains(last)
                || STATUS_WORDS.contains(last)) {
            return name.substring(0, sp).trim();
        }
        return name;
    }

    private static boolean plausible(String name, boolean printed) {
        if (name.length() < 3 || name.length() > 60) return false;
        if (!printed && ORGANISATION.matcher(name).matches()) return false;
        String[] words = name.split("\\s+");
        if (words.length > 5) return false;
        if (words.length == 1 && STATUS_WORDS.contains(name.toLowerCase(Locale.ROOT))) return false;
        if (words.length == 1 && roleCompound(name.toLowerCase(Locale.ROOT))) return false;
        // "Montag", "Mai Juni" are left-overs of a date line; "Jan Kupitz", "April Ryan" are names.
        if (Arrays.stream(words).allMatch(w -> MonthNames.isCalendarWord(w.toLowerCase(Locale.ROOT)))) return false;
        if (!Character.isLetter(name.charAt(0))) return false;
        for (String w : words) {
            String low = w.toLowerCase(Locale.ROOT);
            if (printed && DESK.contains(low)) continue;
            if (ROLE_WORDS.contains(low)) return false;
            if (LEAD_ALONE.matcher(w).matches() && words.length == 1) return false;
            if (w.contains(":")) return false;
            if (w.equalsIgnoreCase("follow") || w.equalsIgnoreCase("twitter")) return false;
            if (hasDigit(w) && !(words.length == 1 && isHandle(w))) return false;
        }
        return true;
    }

    /**
     * "email the", "Zuletzt geändert", "Sign in": in names only particles are written in lower
     * case ("Ursula von der Leyen"); a lone lower-case word is a user name and allowed.
     */
    static boolean namelike(String text) {
        String[] words = text.split("[\\s,;&]+");
        if (words.length < 2) return true;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !PARTICLES.contains(w)) return false;
        }
        return true;
    }

    /** "Userprofile", "Autorprofil": a word made of two role words is a label, not a user name. */
    private static boolean roleCompound(String low) {
        for (int i = 2; i < low.length() - 1; i++) {
            if (ROLE_WORDS.contains(low.substring(0, i)) && ROLE_WORDS.contains(low.substring(i).replaceFirst("^-", ""))) return true;
        }
        return false;
    }

    private static boolean hasDigit(String w) {
        return w.chars().anyMatch(Character::isDigit);
    }

    /** A user name such as "freeman1984" or "c1ph4": letters first, digits among them. */
    private static boolean isHandle(String w) {
        return w.matches("\\p{L}[\\p{L}\\d_.-]*") && w.chars().filter(Character::isLetter).count() >= 3;
    }

    /**
     * Whether {@code more} holds all of {@code names} and more full names of people: "Bob Yirka,
     * Phys.org", "Mathilda Trausch, Online-Redaktion" and "Camila Méndez, Territorio" add the site,
     * the desk or the section.
     */
    static boolean listsMore(List<String> more, List<String> names) {
        if (more.size() <= names.size()) return false;
        List<String> known = new ArrayList<>();
        for (String n : names) known.add(n.toLowerCase(Locale.ROOT));
        int found = 0;
        for (String n : more) {
            if (known.contains(n.toLowerCase(Locale.ROOT))) found++;
            else if (!n.contains(" ") || parse(n, null).isEmpty()) return false;
        }
        return found == known.size();
    }

    static List<String> dedupe(List<String> names) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String n : names) seen.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
        return new ArrayList<>(seen.values());
    }
}
