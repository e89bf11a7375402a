package org.majlis.graphql;

/** A well-formed id that names no record. */
public class NotFoundException extends ApiException {
    public NotFoundException(String message) {
        super("NOT_FOUND", message);
    }
}
