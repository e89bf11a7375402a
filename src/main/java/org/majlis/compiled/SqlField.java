package org.majlis.compiled;

import java.util.Map;
import java.util.Set;
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

    /** A list of objects read from another table, in the order of {@code orderBy(c)}, the first {@code limit} (0: all). */
    record Many(String type, String from, Function<String, Sql> where, Function<String, String> orderBy, int limit)
            implements SqlField {
        public Many(String type, String from, Function<String, Sql> where, Function<String, String> orderBy) {
            this(type, from, where, orderBy, 0);
        }
    }

    /**
     * A Relay connection of {@code type}: {@code rows.page(withTotal, columns)} reads the page's rows (those of
     * {@code type}'s table, at least the {@code columns} the statement reads from them, {@link Page.Cut#limit} of
     * them, in the list's order), counting all matches in a column {@code total_count} when asked to and {@code
     * rows.countsInPage(withTotal)}; {@code cursor(r)} is a row's cursor, {@code count} counts all matches otherwise.
     */
    record Connection(String type, Rows rows, Page.Cut cut, Function<String, String> cursor, Sql count)
            implements SqlField {
    }

    /** The row of {@code table} whose {@code column} equals the SQL expression {@code value}; null when none. */
    static One row(String type, String table, String column, String value) {
        return new One(type, table, c -> Sql.of(c + "." + column + " = " + value), false);
    }

    /** The row of {@code table} whose {@code column} is {@code key}, a bound parameter (the roots by id). */
    static One byKey(String type, String table, String column, String key, boolean required) {
        return new One(type, table, c -> Sql.of(c + "." + column + " = :key", Map.of("key", key)), required);
    }

    /**
     * A forward page ({@code first}/{@code after}) of an ordered list: {@code list(offset, limit)} is the list's
     * statement for those rows (the one its resolver runs), {@code count} counts it; null when the page is cut
     * from the end, which the resolvers answer.
     */
    public static Connection ofList(String type, Map<String, Object> arguments, java.util.function.BiFunction<Integer,
            Integer, Sql> list, Sql count) {
        Page.Offset cut = Page.Offset.forward((Integer) arguments.get("first"), (String) arguments.get("after"),
                (Integer) arguments.get("last"), (String) arguments.get("before"));
        if (cut == null) {
            throw new NotCompiled("a page cut from the end", false);
        }
        Rows rows = new Rows() {
            @Override
            public Sql page(boolean withTotal, Set<String> columns) {
                return list.apply(cut.start(), cut.limit());
            }

            @Override
            public boolean countsInPage(boolean withTotal) {
                return false;
            }
        };
        return new Connection(type, rows, cut, r -> cut.cursorSql("row_number() OVER ()"), count);
    }

    /** The rows of a connection's page, with or without the count of all matches (when {@code totalCount} is asked). */
    public interface Rows {
        /**
         * @param columns the columns of the table the statement reads from the page's rows: a page may select only
         *     these (its rows are kept while the statement runs; wide text columns that no field reads cost time)
         */
        Sql page(boolean withTotal, Set<String> columns);

        /** True when {@link #page} with {@code withTotal} carries the count in {@code total_count}. */
        boolean countsInPage(boolean withTotal);
    }
}
