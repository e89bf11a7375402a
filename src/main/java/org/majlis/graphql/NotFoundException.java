package org.majlis.graphql;

/** A well-formed id that names no record. */
public class NotFoundException extends ApiException {
    public NotFoundException(String message) {
        super("NOT_FOUND", message);
    }

    /** @return {@code found}, or throws NOT_FOUND naming what was looked for and the id */
    public static <T> T unlessFound(T found, String what, String id) {
        if (found == null) {
            throw new NotFoundException("No " + what + " has the id '" + id + "'.");
        }
        return found;
    }
}
