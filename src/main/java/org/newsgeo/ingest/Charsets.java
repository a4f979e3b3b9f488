package org.newsgeo.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text: BOM, then the HTTP charset, then the charset the page declares in its
 * first 4 KB, then ICU detection; with guards for the usual mislabels (UTF-8 bytes under a legacy
 * label, labels whose real-world meaning is a superset, e.g. gb2312 means GB18030).
 */
public final class Charsets {
    private Charsets() {}

    private static final int PRESCAN = 4096;
    private static final Pattern CT_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([\\w.:()+-]+)");
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:()+-]+)");
    private static final Pattern XML_ENCODING =
            Pattern.compile("(?i)<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:()+-]+)");

    /** Decodes an HTML payload; {@code httpContentType} is the HTTP Content-Type header value or null. */
    public static String decode(byte[] payload, String httpContentType) {
        return new String(payload, pick(payload, httpContentType));
    }

    /** The charset {@link #decode} uses; exposed so tests and diagnostics can see the decision. */
    public static Charset pick(byte[] payload, String httpContentType) {
        Charset bom = bom(payload);
        if (bom != null) return bom;
        Charset declared = label(httpContentType == null ? null : find(CT_CHARSET, httpContentType));
        if (declared == null) declared = label(declaredInDocument(payload));
        Utf8Check utf8 = Utf8Check.of(payload);
        if (declared != null) {
            // Real pages often carry a stale legacy label over UTF-8 bytes; multibyte UTF-8 that
            // validates is almost never accidental in a legacy encoding, so the bytes win.
            if (!declared.equals(StandardCharsets.UTF_8) && utf8.valid() && utf8.multibyte() > 0) {
                return StandardCharsets.UTF_8;
            }
            if (!declared.equals(StandardCharsets.UTF_8) || utf8.mostlyValid()) return declared;
        }
        if (utf8.valid()) return StandardCharsets.UTF_8;
        return detect(payload);
    }

    /** Plain text files: BOM, else UTF-8 when it validates (mostly), else ICU detection. */
    public static String decodeText(byte[] bytes) {
        Charset bom = bom(bytes);
        if (bom != null) return new String(bytes, bom).substring(1);
        if (Utf8Check.of(bytes).mostlyValid()) return new String(bytes, StandardCharsets.UTF_8);
        return new String(bytes, detect(bytes));
    }

    static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    /** The charset named by <meta charset>, <meta http-equiv ... charset=> or <?xml encoding?>, if any. */
    static String declaredInDocument(byte[] payload) {
        String head = new String(payload, 0, Math.min(PRESCAN, payload.length), StandardCharsets.ISO_8859_1);
        String xml = find(XML_ENCODING, head);
        if (xml != null && head.stripLeading().startsWith("<?xml")) return xml;
        return find(META_CHARSET, head);
    }

    private static String find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /** Maps a charset label to the decoder browsers actually use for it; null when unknown. */
    static Charset label(String name) {
        if (name == null) return null;
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "gb2312": case "gbk": case "x-gbk": case "gb_2312-80": case "chinese": case "csgb2312":
            case "euc-cn": case "cp936": case "windows-936":
                return Charset.forName("GB18030");
            case "iso-8859-1": case "latin1": case "l1": case "us-ascii": case "ascii": case "iso8859-1":
            case "iso_8859-1": case "cp1252":
                return Charset.forName("windows-1252");
            case "shift_jis": case "shift-jis": case "sjis": case "x-sjis": case "ms_kanji": case "csshiftjis":
                return Charset.forName("windows-31j");
            case "euc-kr": case "ks_c_5601-1987": case "korean":
                return Charset.forName("x-windows-949");
            case "big5": case "big5-hkscs": case "x-x-big5":
                return Charset.forName("Big5-HKSCS");
            case "iso-8859-9": case "latin5":
                return Charset.forName("windows-1254");
            case "tis-620": case "iso-8859-11":
                return Charset.forName("x-windows-874");
            case "utf8": case "unicode-1-1-utf-8":
                return StandardCharsets.UTF_8;
            // A page that says UTF-16 in its own ASCII-readable markup is not UTF-16 (WHATWG).
            case "utf-16": case "utf-16le": case "utf-16be": case "unicode":
                return StandardCharsets.UTF_8;
            default:
                try {
                    return Charset.forName(n);
                } catch (RuntimeException e) {
                    return null;
                }
        }
    }

    static Charset detect(byte[] payload) {
        try {
            CharsetDetector d = new CharsetDetector();
            d.enableInputFilter(true); // ignore markup, judge the text
            d.setText(payload);
            CharsetMatch m = d.detect();
            Charset c = m == null ? null : label(m.getName());
            return c == null ? Charset.forName("windows-1252") : c;
        } catch (RuntimeException e) {
            return Charset.forName("windows-1252");
        }
    }
}
