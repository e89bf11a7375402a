package org.majlis.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** An argument was malformed or out of range; the message names the argument and the allowed values. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends ApiException {
    public BadUserInputException(String message) {
        super(message);
    }
}
