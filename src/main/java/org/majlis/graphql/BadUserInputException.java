package org.majlis.graphql;

/** An argument was malformed or out of range; the message names the argument and the allowed values. */
public class BadUserInputException extends ApiException {
    public BadUserInputException(String message) {
        super("BAD_USER_INPUT", message);
    }
}
