package org.newsgeo.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsgeo.extract.meta.LenientJson;
import org.newsgeo.extract.meta.Metadata;
import org.newsgeo.extract.meta.MetadataExtractor;

/**
 * Scores {@link MetadataExtractor} on shared/corpora/metadata (trafilatura + htmldate evaluation
 * pages). Dates are scored like htmldate (no date = fn, gold = tp, other = fp; the local date
 * counts as well as the UTC date); titles by exact match; authors by name-level P/R/F (gold lists split as
 * printed, and split on ";" only) and by exact
 * match of the "; "-joined list (trafilatura's convention). Usage: MetadataBenchmark DIR [-v].
 */
public final class MetadataBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpora/metadata");
        boolean verbose = args.length > 1 && args[1].startsWith("-v");
        // -v lists misses on development pages only; -vv also on the held-out quarter, which
        // exists so that rule changes can be checked on pages nobody tuned them on.
        boolean verboseHeld = args.length > 1 && args[1].equals("-vv");
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) LenientJson.parseAll(Files.readString(dir.resolve("expected.json"))).get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> recs = (List<Map<String, Object>>) root.get("records");

        MetadataExtractor ex = new MetadataExtractor();
        Map<String, Metadata> cache = new LinkedHashMap<>();
        Set<String> titleOnPage = new HashSet<>();
        Map<String, String> goldTitle = new LinkedHashMap<>();
        for (Map<String, Object> r : recs) {
            String gt = (String) r.get("title");
            if ("trafilatura".equals(r.get("source")) && gt != null && !gt.isEmpty()) goldTitle.put(r.get("path") + "\t" + r.get("url"), gt);
        }
        long parseNs = 0, extractNs = 0;
        for (Map<String, Object> r : recs) {
            String key = r.get("path") + "\t" + r.get("url");
            if (cache.containsKey(key)) continue;
            long t0 = System.nanoTime();
            Document doc;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve((String) r.get("path"))))) {
                doc = Jsoup.parse(in, null, (String) r.get("url"));
            }
            long t1 = System.nanoTime();
            Metadata m = ex.extract(doc, (String) r.get("url"));
            long t2 = System.nanoTime();
            parseNs += t1 - t0;
            extractNs += t2 - t1;
            cache.put(key, m);
            String gt = goldTitle.get(key);
            if (gt != null && onPage(doc, norm(gt))) titleOnPage.add(key);
        }

        Score hd = new Score(), all = new Score(), allDev = new Score(), allHeld = new Score();
        Map<String, Score> byLang = new java.util.TreeMap<>();
        Set<String> seen = new HashSet<>();
        List<Map<String, Object>> ordered = new ArrayList<>(recs);
        ordered.sort((a, b) -> Boolean.compare(!"htmldate".equals(a.get("source")), !"htmldate".equals(b.get("source"))));
        int titleN = 0, titleOk = 0, titleCaseOk = 0, titleReachableOk = 0, authExactN = 0, authExactOk = 0, afpNone = 0;
        int[] titleSplit = new int[4]; // dev n, dev ok, held n, held ok
        NameScore strict = new NameScore(), listed = new NameScore(), authored = new NameScore();
        for (Map<String, Object> r : ordered) {
            Metadata m = cache.get(r.get("path") + "\t" + r.get("url"));
            String gold = (String) r.get("date");
            if (gold != null) {
                if ("htmldate".equals(r.get("source"))) hd.add(m, gold);
                boolean counted = seen.add(urlKey((String) r.get("url")));
                boolean heldDate = heldOut((String) r.get("path"));
                if (counted) {
                    all.add(m, gold);
                    (heldDate ? allHeld : allDev).add(m, gold);
                    byLang.computeIfAbsent(langGroup((String) r.get("html_lang")), k -> new Score()).add(m, gold);
                }
                // Only pages the check counts are listed, once each; gold "" can never match.
                if (verbose && counted && !gold.isEmpty() && !dateMatches(m, gold) && (!heldDate || verboseHeld)) {
                    System.out.println("DATE\t" + r.get("source") + "\t" + r.get("path") + "\tgold=" + gold + "\tgot="
                            + (m.published == null ? null : m.published.local() + " " + m.published.source()));
                }
            }
            if (!"trafilatura".equals(r.get("source"))) continue;
            boolean held = heldOut((String) r.get("path"));
            boolean show = verbose && (!held || verboseHeld);
            String gt = (String) r.get("title");
            if (gt != null && !gt.isEmpty()) {
                titleN++;
                boolean ok = norm(gt).equals(norm(m.title));
                if (ok) titleOk++;
                if (ok && titleOnPage.contains(r.get("path") + "\t" + r.get("url"))) titleReachableOk++;
                titleSplit[held ? 2 : 0]++;
                if (ok) titleSplit[held ? 3 : 1]++;
                if (norm(gt).equalsIgnoreCase(norm(m.title))) titleCaseOk++;
                else if (show) System.out.println("TITLE\t" + r.get("path") + "\tgold=" + gt + "\tgot=" + m.title);
            }
            String ga = (String) r.get("author");
            if (ga == null) continue;
            Set<String> got = new HashSet<>();
            for (String a : m.authors) got.add(norm(a).toLowerCase(Locale.ROOT));
            strict.add(goldNames(ga, false), got, held);
            listed.add(goldNames(ga, true), got, held);
            // The page set trafilatura's eval_authors.py scores: pages whose gold names someone.
            if (!ga.isEmpty()) authored.add(goldNames(ga, true), got, held);
            if (ga.isEmpty() && !got.isEmpty()) {
                afpNone += got.size();
                if (show) System.out.println("AUTHOR-NONE\t" + r.get("path") + "\tgot=" + m.authors);
            }
            if (!ga.isEmpty()) {
                authExactN++;
                if (norm(ga).equals(norm(String.join("; ", m.authors)))) authExactOk++;
                else if (show) System.out.println("AUTHOR\t" + r.get("path") + "\tgold=" + ga + "\tgot=" + m.authors);
            }
        }
        System.out.println("pages " + cache.size() + ", records " + recs.size());
        System.out.println("date htmldate subset: " + hd);
        System.out.println("date all annotated (as checks/date-quality): " + all);
        System.out.println("  split: dates (all annotated) dev " + allDev + "; held-out " + allHeld);
        // The set is mostly German blogs; news elsewhere is where the nightly crawl mostly is.
        byLang.forEach((k, v) -> System.out.println("  by <html lang>: " + k + " " + v));
        System.out.println("  anchors (htmldate's 1000 pages): htmldate extensive F .949, fast .925, newspaper4k .810, news-please .810");
        System.out.printf("title exact match (trafilatura pages): %d/%d = %.3f; ignoring case (gold often copies CSS upper case) %.3f%n",
                titleOk, titleN, titleOk / (double) titleN, titleCaseOk / (double) titleN);
        // An exact-match score cannot pass the share of gold titles that the page does not contain.
        System.out.printf("  ceiling: gold title printed on its page (text, attribute or script, exact): %d/%d = %.3f%n",
                titleOnPage.size(), titleN, titleOnPage.size() / (double) titleN);
        System.out.printf("  on those %d pages, exact match: %d/%d = %.3f%n", titleOnPage.size(), titleReachableOk,
                titleOnPage.size(), titleReachableOk / (double) titleOnPage.size());
        System.out.println("author names, gold lists split as printed (\"A und B\", \"A, B\", \"A/B\"): " + listed
                + " (" + afpNone + " false on pages annotated without author)");
        System.out.println("  on the pages upstream scores (gold names someone; eval_authors.py's page set): " + authored);
        System.out.println("author names, gold split on \";\" only: " + strict);
        System.out.printf("author exact joined list (trafilatura's eval_authors.py): %d/%d = %.3f%n",
                authExactOk, authExactN, authExactOk / (double) authExactN);
        System.out.printf("  split: titles dev %d/%d = %.3f, held-out %d/%d = %.3f; author F (lists split) dev %.3f, held-out %.3f%n",
                titleSplit[1], titleSplit[0], titleSplit[1] / (double) Math.max(1, titleSplit[0]), titleSplit[3], titleSplit[2],
                titleSplit[3] / (double) Math.max(1, titleSplit[2]), listed.f(false), listed.f(true));
        System.out.printf("speed: extract %.0f pages/s, parse+extract %.0f pages/s (%d pages, single thread, first run incl. warm-up)%n",
                cache.size() / (extractNs / 1e9), cache.size() / ((parseNs + extractNs) / 1e9), cache.size());
    }

    /** A fixed quarter of the pages (by file name) kept out of -v listings: the held-out check. */
    static boolean heldOut(String path) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue() % 4 == 0;
    }

    /**
     * Gold author names, lower-cased. The gold joins several authors with "; ", but annotators often
     * typed a list as the page prints it ("Benjamin Fischer und Marcus Theurer"); the issue asks for
     * lists split into names, so the list-aware score splits those too.
     */
    static Set<String> goldNames(String gold, boolean splitLists) {
        Set<String> names = new HashSet<>();
        for (String g : gold.split(";")) {
            String[] parts = splitLists ? LIST.split(g) : new String[] {g};
            for (String p : parts) if (!p.isBlank()) names.add(norm(p).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static final java.util.regex.Pattern LIST =
            java.util.regex.Pattern.compile("\\s*(?:,|&|/|\\s(?:und|and|y|et|e|i)\\s)\\s*", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Name-level counts over all annotated pages, kept apart for development and held-out pages. */
    static final class NameScore {
        final int[] n = new int[6]; // dev tp fp fn, held tp fp fn

        void add(Set<String> gold, Set<String> got, boolean held) {
            int base = held ? 3 : 0;
            for (String g : got) n[base + (gold.contains(g) ? 0 : 1)]++;
            for (String g : gold) if (!got.contains(g)) n[base + 2]++;
        }

        double f(boolean held) {
            int b = held ? 3 : 0;
            return 2.0 * n[b] / Math.max(1, 2 * n[b] + n[b + 1] + n[b + 2]);
        }

        @Override
        public String toString() {
            int tp = n[0] + n[3], fp = n[1] + n[4], fn = n[2] + n[5];
            double p = tp / (double) Math.max(1, tp + fp), r = tp / (double) Math.max(1, tp + fn);
            return String.format("P %.3f R %.3f F %.3f (tp %d fp %d fn %d)", p, r, 2.0 * tp / Math.max(1, 2 * tp + fp + fn), tp, fp, fn);
        }
    }

    /** Whether the page holds {@code s} in its text, an attribute value or a script, whitespace-normalised. */
    static boolean onPage(Document doc, String s) {
        if (norm(doc.text()).contains(s)) return true;
        for (org.jsoup.nodes.Element e : doc.getAllElements()) {
            for (org.jsoup.nodes.Attribute a : e.attributes()) if (norm(a.getValue()).contains(s)) return true;
            if (e.tagName().equals("script") && norm(e.data()).contains(s)) return true;
        }
        return false;
    }

    static String langGroup(String htmlLang) {
        if (htmlLang == null || htmlLang.isBlank()) return "none";
        String l = htmlLang.trim().toLowerCase(Locale.ROOT);
        return l.startsWith("de") ? "de" : l.startsWith("en") ? "en" : "other";
    }

    static boolean dateMatches(Metadata m, String gold) {
        if (m.published == null) return false;
        String utc = m.published.utc().toString().substring(0, 10);
        String local = m.published.local().length() >= 10 ? m.published.local().substring(0, 10) : "";
        return gold.equals(utc) || gold.equals(local);
    }

    static final class Score {
        int tp, fp, fn;

        void add(Metadata m, String gold) {
            if (m.published == null) fn++;
            else if (dateMatches(m, gold)) tp++;
            else fp++;
        }

        @Override
        public String toString() {
            double p = tp / (double) Math.max(1, tp + fp), r = tp / (double) Math.max(1, tp + fn);
            return String.format("n=%d tp %d fp %d fn %d  P %.3f R %.3f F %.3f", tp + fp + fn, tp, fp, fn, p, r,
                    2.0 * tp / (2 * tp + fp + fn));
        }
    }

    static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    static String urlKey(String u) {
        String s = java.net.URLDecoder.decode((u == null ? "" : u.trim()).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        s = s.split("#")[0].toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return s;
    }
}
