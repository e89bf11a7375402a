package org.majlis.graphql;

/**
 * An error a client caused and can act on: its message reaches the client (see {@link ErrorSanitizer}) with
 * {@link #code()} as {@code extensions.code}.
 */
public abstract class ApiException extends RuntimeException {
    private final String code;

    protected ApiException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
