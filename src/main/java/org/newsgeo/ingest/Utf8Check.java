package org.newsgeo.ingest;

/** One pass over bytes: do they validate as UTF-8, and do they use multibyte sequences at all? */
record Utf8Check(int multibyte, int invalid) {

    boolean valid() { return invalid == 0; }

    /** A stray bad byte or two in an otherwise UTF-8 page is still UTF-8 (truncated copies, bad CMS). */
    boolean mostlyValid() { return invalid == 0 || invalid * 10 <= multibyte; }

    static Utf8Check of(byte[] b) {
        int multi = 0, bad = 0, i = 0, n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) { i++; continue; }
            int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 0 || i + len > n) {
                // a sequence cut by the end of a truncated payload is not evidence against UTF-8
                if (len != 0 && allContinuation(b, i + 1, n)) break;
                bad++; i++; continue;
            }
            if (!allContinuation(b, i + 1, i + len) || overlongOrSurrogate(c, b[i + 1] & 0xff)) {
                bad++; i++; continue;
            }
            multi++;
            i += len;
        }
        return new Utf8Check(multi, bad);
    }

    private static boolean allContinuation(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) if ((b[k] & 0xC0) != 0x80) return false;
        return true;
    }

    private static boolean overlongOrSurrogate(int lead, int second) {
        return (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
                || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F);
    }
}
