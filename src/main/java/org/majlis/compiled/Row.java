package org.majlis.compiled;

import java.util.Map;

/**
 * Where the fields of an object come from in SQL: a table row under an alias ({@code t.key}), or, for an object
 * built from some of another row's columns (a {@code Text} from {@code title_ar}/{@code title_en}, a
 * {@code FuzzyDate} from the {@code date_*} columns), named expressions over that row.
 */
public record Row(String alias, Map<String, String> columns) {
    public static Row table(String alias) {
        return new Row(alias, Map.of());
    }

    /** The same row, its fields named by {@code columns}. */
    public Row with(Map<String, String> columns) {
        return new Row(alias, columns);
    }

    /** A column of the row, or the expression a part is built from. */
    public String column(String name) {
        String expression = columns.get(name);
        return expression != null ? expression : alias + "." + name;
    }
}
