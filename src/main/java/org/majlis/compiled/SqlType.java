package org.majlis.compiled;

import java.util.Map;
import java.util.Set;

/**
 * How one GraphQL object type (or some of {@code Query}'s root fields) is read from PostgreSQL by the compiled read
 * path, declared by its feature package next to its resolvers. A CDI bean; several may declare fields of the same
 * type.
 */
public interface SqlType {
    /** The GraphQL type's name. */
    String type();

    /** The fields declared here: each must be answerable, and the differential tests must exercise each. */
    Set<String> fields();

    /**
     * The SQL of a field on a row of this type, with the field's coerced arguments; null where the compiler
     * should not answer (the request then falls back to the resolvers).
     *
     * @throws RuntimeException when the arguments are invalid: the request falls back, and the resolvers report it
     */
    SqlField field(String name, Row row, Map<String, Object> arguments);
}
