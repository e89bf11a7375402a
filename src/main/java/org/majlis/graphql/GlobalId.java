package org.majlis.graphql;

/**
 * Opaque, stable global ids: base64url of {@code Type:key}, where the key is the curated key from the seed
 * files (never a database serial), so ids survive reloads.
 */
public record GlobalId(String type, String key) {
    /** The column that stores each record's id in its table, generated from its key by {@link #sql}. */
    public static final String COLUMN = "global_id";

    public static String of(String type, String key) {
        return Base64Url.encode(type + ":" + key);
    }

    /**
     * The SQL form of {@link #of}, for a key expression (changeset 0020). Where a row of the record's own table is
     * at hand, read its stored {@link #COLUMN} instead: this function is not inlined.
     */
    public static String sql(String type, String keyExpression) {
        return "majlis_global_id('" + type + "', " + keyExpression + ")";
    }

    /** @throws BadUserInputException when the id is not one this API issued */
    public static GlobalId parse(String argument, String id) {
        String decoded = id == null ? null : Base64Url.decode(id);
        if (decoded == null) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            throw new BadUserInputException("`" + argument + "` is not a valid id: '" + abbreviate(id)
                    + "'. Use an `id` returned by this API.");
        }
        return new GlobalId(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** Parses an id that must be of the given type. */
    public static String keyOf(String argument, String id, String expectedType) {
        GlobalId parsed = parse(argument, id);
        if (!parsed.type().equals(expectedType)) {
            throw new BadUserInputException("`" + argument + "` must be the id of a " + expectedType + ", but '"
                    + abbreviate(id) + "' is the id of a " + parsed.type() + ".");
        }
        return parsed.key();
    }

    static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
