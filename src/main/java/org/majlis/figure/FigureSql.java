package org.majlis.figure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import org.majlis.compiled.Arguments;
import org.majlis.compiled.QueryFields;
import org.majlis.compiled.Row;
import org.majlis.compiled.SqlField;
import org.majlis.compiled.SqlType;
import org.majlis.compiled.TextSql;
import org.majlis.dataset.RecordType;
import org.majlis.dataset.RecordVersionsSql;
import org.majlis.date.FuzzyDateSql;
import org.majlis.evidence.EvidenceAspect;
import org.majlis.evidence.EvidenceOwner;
import org.majlis.evidence.EvidenceSql;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Sql;
import org.majlis.meeting.MeetingSql;
import org.majlis.organisation.OrganisationResolver;
import org.majlis.organisation.OrganisationSql;

/** {@code Figure} for the compiled read path: a row of {@code cited_figure} ({@link FigureType}, {@link FigureApi}). */
@Singleton
public class FigureSql implements SqlType {
    /** The {@value FigureType#TYPE} with this key, for {@code figure(id)} and {@code node(id)}. */
    public static SqlField.One byKey(String key, boolean required) {
        return SqlField.byKey(FigureType.TYPE, "cited_figure", "key", key, required);
    }

    /** {@code Query.figure(id)} (an unknown id is NOT_FOUND, which the resolvers report) and {@code figures}. */
    @Singleton
    public static class Root extends QueryFields {
        @Inject
        OrganisationResolver organisations;

        @Override
        public Set<String> fields() {
            return Set.of("figure", "figures");
        }

        @Override
        public SqlField field(String name, Row row, Map<String, Object> arguments) {
            if (name.equals("figures")) {
                FigureCondition condition = FigureCondition.of(Arguments.as(arguments.get("filter"),
                        FigureFilter.class), organisations);
                return SqlField.ofList(FigureType.TYPE, arguments, condition::page, condition.count());
            }
            return byKey(GlobalId.keyOf("id", (String) arguments.get("id"), FigureType.TYPE), true);
        }
    }

    @Override
    public String type() {
        return FigureType.TYPE;
    }

    @Override
    public Set<String> fields() {
        return Set.of("id", "key", "value", "unit", "qualifier", "textAsStated", "counts", "measure", "note", "asOf",
                "producer", "evidence", "document", "meeting", "comparable", "versions");
    }

    @Override
    public SqlField field(String name, Row row, Map<String, Object> arguments) {
        return switch (name) {
            case "id" -> new SqlField.Value(Sql.of(row.column(GlobalId.COLUMN)));
            case "versions" -> RecordVersionsSql.of(RecordType.FIGURE, row.column("key"));
            case "textAsStated" -> new SqlField.Value(Sql.of(row.column("text_as_stated")));
            case "counts" -> TextSql.of(row, row.column("counts_ar"), row.column("counts_en"));
            case "asOf" -> FuzzyDateSql.of(row, "as_of", EvidenceOwner.Column.FIGURE, EvidenceAspect.AS_OF);
            case "producer" -> OrganisationSql.byId(row.column("producer_id"));
            case "evidence" -> EvidenceSql.of(EvidenceOwner.Column.FIGURE, row.column("id"), EvidenceAspect.FACT,
                    EvidenceAspect.TEXT);
            case "document" -> SqlField.row("Document", "source_document", "id", row.column("document_id"));
            case "meeting" -> MeetingSql.byId(row.column("meeting_id"));
            // as FigureApi#comparable: the other figures of the measure, by as-of date (earliest, else latest), key
            case "comparable" -> new SqlField.Many(FigureType.TYPE, "cited_figure", c -> Sql.of(c + ".measure = "
                    + row.column("measure") + " AND " + c + ".id <> " + row.column("id")), c -> "coalesce(" + c
                    + ".as_of_earliest, " + c + ".as_of_latest) NULLS LAST, " + c + ".key");
            default -> new SqlField.Value(Sql.of(row.column(name)));
        };
    }

    /** {@code Meeting.figures}, whose resolver is {@link FigureApi#figures}: in the order of the text. */
    @Singleton
    public static class OfMeeting implements SqlType {
        @Override
        public String type() {
            return "Meeting";
        }

        @Override
        public Set<String> fields() {
            return Set.of("figures");
        }

        @Override
        public SqlField field(String name, Row row, Map<String, Object> arguments) {
            return new SqlField.Many(FigureType.TYPE, "cited_figure",
                    c -> Sql.of(c + ".meeting_id = " + row.column("id")), c -> c + ".position");
        }
    }
}
