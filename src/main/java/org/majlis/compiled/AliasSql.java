package org.majlis.compiled;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import org.majlis.graphql.Sql;

/** {@code Alias}: a row of {@code organisation_alias} or {@code person_alias} (as {@code AliasType}). */
@Singleton
public class AliasSql implements SqlType {
    /** The aliases of the record whose id is {@code ownerId} (an SQL expression), in the order they were written. */
    public static SqlField.Many of(String table, String ownerColumn, String ownerId) {
        return new SqlField.Many("Alias", table, c -> Sql.of(c + "." + ownerColumn + " = " + ownerId), c -> c + ".id");
    }

    @Override
    public String type() {
        return "Alias";
    }

    @Override
    public Set<String> fields() {
        return Set.of("lang", "text");
    }

    @Override
    public SqlField field(String name, Row row, Map<String, Object> arguments) {
        return new SqlField.Value(Sql.of(row.column(name)));
    }
}
