package org.newsgeo.extract;

/** A record that cannot become an article; {@code reason} is a short stable code for the rejects table. */
public class ExtractException extends Exception {
    private final String reason;

    public ExtractException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public String reason() { return reason; }
}
