package org.majlis.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * base64url without padding (RFC 4648 §5) of UTF-8 text: the form of global ids and cursors, in Java and, for the
 * compiled read path, in SQL, which must agree byte for byte.
 */
public final class Base64Url {
    private Base64Url() {
    }

    public static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text, or null when {@code encoded} is not base64url. */
    public static String decode(String encoded) {
        try {
            return new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The SQL expression of {@link #encode} for a text expression (changeset 0020, inlined by the planner). */
    public static String sql(String textExpression) {
        return "majlis_base64url(" + textExpression + ")";
    }
}
