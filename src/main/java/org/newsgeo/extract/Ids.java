package org.newsgeo.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable identifiers: the same URL or the same text gives the same id in every run. */
public final class Ids {
    private Ids() {
    }

    /** Id of an article: a hash of its normalised URL, so recrawls of a page share an id. */
    public static String articleId(String url) {
        return sha1(Urls.normalize(url)).substring(0, 20);
    }

    /** Hash of the body with case and spacing folded, to find the same text under several URLs. */
    public static String contentHash(String body) {
        StringBuilder sb = new StringBuilder(body.length());
        boolean space = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(Character.toLowerCase(c));
            }
        }
        return sha1(sb.toString()).substring(0, 20);
    }

    static String sha1(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
