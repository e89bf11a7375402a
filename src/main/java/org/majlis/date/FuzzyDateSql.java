package org.majlis.date;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.majlis.compiled.Row;
import org.majlis.compiled.SqlField;
import org.majlis.compiled.SqlType;
import org.majlis.evidence.EvidenceAspect;
import org.majlis.evidence.EvidenceOwner;
import org.majlis.evidence.EvidenceSql;
import org.majlis.graphql.Sql;

/** {@code FuzzyDate} for the compiled read path: the {@code <prefix>_*} columns of a row ({@link FuzzyDate}). */
@Singleton
public class FuzzyDateSql implements SqlType {
    private static final String OWNER = "evidence owner";
    private static final String ASPECT = "evidence aspect";
    private static final String COLUMN = "evidence column";

    /**
     * The fuzzy date stored in the {@code prefix_*} columns of {@code row}, with its evidence of {@code aspect} on
     * the fact {@code column} = the row's id; null when it has no precision (as {@link FuzzyDateType#from}).
     */
    public static SqlField.Part of(Row row, String prefix, EvidenceOwner.Column column, EvidenceAspect aspect) {
        Map<String, String> columns = new HashMap<>();
        for (String part : new String[] {"earliest", "latest", "precision", "basis", "uncertain", "note",
                "candidates"}) {
            columns.put(part, row.alias() + "." + prefix + "_" + part);
        }
        columns.put("textAsStated", row.alias() + "." + prefix + "_text");
        columns.put(OWNER, row.alias() + ".id");
        columns.put(COLUMN, column.name());
        columns.put(ASPECT, aspect.name());
        return new SqlField.Part("FuzzyDate", row.with(columns), columns.get("precision") + " IS NULL");
    }

    @Override
    public String type() {
        return "FuzzyDate";
    }

    @Override
    public Set<String> fields() {
        return Set.of("earliest", "latest", "precision", "basis", "uncertain", "edtf", "textAsStated", "note",
                "candidates", "candidatesEdtf", "evidence");
    }

    @Override
    public SqlField field(String name, Row row, Map<String, Object> arguments) {
        String candidates = "coalesce(" + row.column("candidates") + ", CAST('{}' AS date[]))";
        return switch (name) {
            case "edtf" -> value(FuzzyDateType.edtfSql(row.column("precision"), row.column("earliest"),
                    row.column("latest"), row.column("uncertain")));
            case "candidates" -> value(candidates);
            case "candidatesEdtf" -> value(FuzzyDateType.candidatesEdtfSql(candidates));
            case "evidence" -> EvidenceSql.of(EvidenceOwner.Column.valueOf(row.columns().get(COLUMN)),
                    row.column(OWNER), EvidenceAspect.valueOf(row.columns().get(ASPECT)));
            default -> value(row.column(name));
        };
    }

    private static SqlField value(String sql) {
        return new SqlField.Value(Sql.of(sql));
    }
}
