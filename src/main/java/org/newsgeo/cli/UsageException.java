package org.newsgeo.cli;

/** Bad usage or configuration found after parsing (a missing input, an unknown format): exit status 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
