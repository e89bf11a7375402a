package org.majlis.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** A well-formed id that names no record. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {
    public NotFoundException(String message) {
        super(message);
    }
}
