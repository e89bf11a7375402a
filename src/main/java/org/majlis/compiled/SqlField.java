package org.majlis.compiled;

import java.util.function.Function;
import org.majlis.graphql.Page;
import org.majlis.graphql.Sql;

/** How the compiled read path answers one field of an object, given the SQL row of the object. */
public sealed interface SqlField {
    /** A leaf: an expression whose JSON form (PostgreSQL's {@code row_to_json}) is the field's value. */
    record Value(Sql sql) implements SqlField {
    }

    /** An object built from the same row ({@code row}), or null where {@code nullWhen} holds (null: never). */
    record Part(String type, Row row, String nullWhen) implements SqlField {
    }

    /**
     * An object read from another table, {@code FROM from c WHERE where(c)}; null when there is no such row. When
     * {@code required}, a null means the resolvers answer with an error (NOT_FOUND), so the request falls back.
     */
    record One(String type, String from, Function<String, Sql> where, boolean required) implements SqlField {
    }

    /** A list of objects read from another table, in the order of {@code orderBy(c)}. */
    record Many(String type, String from, Function<String, Sql> where, Function<String, String> orderBy)
            implements SqlField {
    }

    /**
     * A Relay connection of {@code type}: {@code rows} reads the page's rows (those of {@code type}'s table, {@link
     * Page.Keyed#limit} of them, in the list's order), {@code cursor(r)} is a row's cursor, {@code count} counts all
     * matches, unless {@code countColumn} names a column of {@code rows} that carries the count.
     */
    record Connection(String type, Sql rows, Page.Keyed<?> cut, Function<String, String> cursor, Sql count,
            String countColumn) implements SqlField {
    }
}
