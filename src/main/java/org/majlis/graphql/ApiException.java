package org.majlis.graphql;

/**
 * An error a client caused and can act on. Its message is shown to the client (see
 * {@code quarkus.smallrye-graphql.show-runtime-exception-message}); subclasses carry {@code extensions.code}.
 */
public abstract class ApiException extends RuntimeException {
    protected ApiException(String message) {
        super(message, null, false, false);
    }
}
