package org.majlis.dataset;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import org.majlis.compiled.Row;
import org.majlis.compiled.SqlField;
import org.majlis.compiled.SqlType;
import org.majlis.graphql.Sql;

/** {@code RecordVersions} for the compiled read path: a live row of {@code dataset_record} ({@link RecordVersions}). */
@Singleton
public class RecordVersionsSql implements SqlType {
    /** The {@code versions} field of a record of {@code type} whose key is the SQL expression {@code key}. */
    public static SqlField.One of(RecordType type, String key) {
        return new SqlField.One("RecordVersions", "dataset_record", c -> Sql.of(c + ".type = '" + type.name()
                + "' AND " + c + ".key = " + key + " AND " + c + ".deleted_in IS NULL"), false);
    }

    @Override
    public String type() {
        return "RecordVersions";
    }

    @Override
    public Set<String> fields() {
        return Set.of("added", "changed");
    }

    @Override
    public SqlField field(String name, Row row, Map<String, Object> arguments) {
        return new SqlField.Value(Sql.of(row.column(name + "_in")));
    }
}
