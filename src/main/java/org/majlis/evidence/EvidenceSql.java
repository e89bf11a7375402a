package org.majlis.evidence;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.majlis.compiled.Row;
import org.majlis.compiled.SqlField;
import org.majlis.compiled.SqlType;
import org.majlis.graphql.Sql;

/** {@code Evidence} for the compiled read path, and the evidence lists of facts ({@link #of}). */
@Singleton
public class EvidenceSql implements SqlType {
    /**
     * The evidence of a fact whose row id is {@code ownerId} (an SQL expression), in the order of {@link
     * EvidenceLoader}: by offset, then by id.
     */
    public static SqlField.Many of(EvidenceOwner.Column column, String ownerId, EvidenceAspect... aspects) {
        String aspectList = java.util.Arrays.stream(aspects).map(a -> "'" + a.name() + "'")
                .collect(Collectors.joining(", "));
        return new SqlField.Many("Evidence", "evidence",
                c -> Sql.of(c + "." + column.sqlColumn + " = " + ownerId + " AND " + c + ".aspect IN (" + aspectList
                        + ")"),
                c -> c + ".start_offset, " + c + ".id");
    }

    @Override
    public String type() {
        return "Evidence";
    }

    @Override
    public Set<String> fields() {
        return Set.of("quote", "start", "end", "prefix", "suffix", "aspect", "document");
    }

    @Override
    public SqlField field(String name, Row row, Map<String, Object> arguments) {
        return switch (name) {
            case "start" -> new SqlField.Value(Sql.of(row.column("start_offset")));
            case "end" -> new SqlField.Value(Sql.of(row.column("end_offset")));
            case "document" -> SqlField.row("Document", "source_document", "id", row.column("document_id"));
            default -> new SqlField.Value(Sql.of(row.column(name)));
        };
    }
}
