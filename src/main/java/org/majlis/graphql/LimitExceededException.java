package org.majlis.graphql;

/** A request went past one of the query limits (see {@link QueryLimits}); the code names the limit. */
public class LimitExceededException extends ApiException {
    public LimitExceededException(String code, String message) {
        super(code, message);
    }
}
