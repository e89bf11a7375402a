package org.majlis.compiled;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import org.majlis.graphql.Sql;

/** {@code Text}: {@code ar} and {@code en} from two columns; null when both are (as {@code Text.of}). */
@Singleton
public class TextSql implements SqlType {
    /** The Text of two column expressions of a row. */
    public static SqlField.Part of(Row row, String ar, String en) {
        return new SqlField.Part("Text", row.with(Map.of("ar", ar, "en", en)), ar + " IS NULL AND " + en + " IS NULL");
    }

    @Override
    public String type() {
        return "Text";
    }

    @Override
    public Set<String> fields() {
        return Set.of("ar", "en");
    }

    @Override
    public SqlField field(String name, Row row, Map<String, Object> arguments) {
        return new SqlField.Value(Sql.of(row.column(name)));
    }
}
