package org.majlis.meeting;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import org.majlis.compiled.Arguments;
import org.majlis.compiled.NotCompiled;
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
import org.majlis.graphql.OrderDirection;
import org.majlis.graphql.Page;
import org.majlis.graphql.Sql;
import org.majlis.organisation.OrganisationSql;
import org.majlis.person.PersonSql;

/**
 * Meetings for the compiled read path, field by field as {@link MeetingApi} and {@link MeetingType} answer them:
 * the roots {@code meeting} and {@code meetings} (through the same {@link MeetingSearch} SQL), a meeting's
 * parts and the rows that tie people and organisations to it.
 */
public final class MeetingSql {
    private MeetingSql() {
    }

    /** The meeting whose id is the SQL expression {@code id} (null when it is null). */
    public static SqlField.One byId(String id) {
        return SqlField.row(MeetingType.TYPE, "meeting", "id", id);
    }

    /** The meeting with this key, for {@code meeting(id)} and {@code node(id)}. */
    public static SqlField.One byKey(String key, boolean required) {
        return SqlField.byKey(MeetingType.TYPE, "meeting", "key", key, required);
    }

    private static SqlField value(String sql) {
        return new SqlField.Value(Sql.of(sql));
    }

    @Singleton
    public static class Roots extends QueryFields {
        @Inject
        MeetingSearch search;

        @Override
        public Set<String> fields() {
            return Set.of("meeting", "meetings");
        }

        @Override
        public SqlField field(String name, Row row, Map<String, Object> arguments) {
            if (name.equals("meeting")) {
                return byKey(GlobalId.keyOf("id", (String) arguments.get("id"), MeetingType.TYPE), true);
            }
            MeetingFilter filter = Arguments.as(arguments.get("filter"), MeetingFilter.class);
            MeetingOrder order = Arguments.as(arguments.get("orderBy"), MeetingOrder.class);
            OrderDirection direction = order == null || order.direction == null ? OrderDirection.DESC
                    : order.direction;
            Page.Keyed<MeetingSearch.SortKey> cut = Page.Keyed.of((Integer) arguments.get("first"),
                    (String) arguments.get("after"), (Integer) arguments.get("last"), (String) arguments.get("before"),
                    MeetingSearch.SortKey.CODEC);
            MeetingSearch.Condition condition = search.compile(filter);
            SqlField.Rows rows = new SqlField.Rows() {
                @Override
                public Sql page(boolean withTotal, Set<String> columns) {
                    Sql page = search.pageSql(condition, direction, cut.after(), cut.before(), cut.backward(),
                            cut.limit(), withTotal, columns);
                    // no meeting can match: an empty relation of the same columns
                    return page != null ? page : Sql.of("SELECT " + MeetingSearch.selectList(columns)
                            + (countsInPage(withTotal)
                            ? ", CAST(0 AS bigint) AS total_count" : "") + " FROM meeting m WHERE false");
                }

                @Override
                public boolean countsInPage(boolean withTotal) {
                    return MeetingSearch.countsWithPage(condition, cut.after(), cut.before(), cut.backward(),
                            withTotal);
                }
            };
            return new SqlField.Connection(MeetingType.TYPE, rows, cut, MeetingSearch.SortKey::cursorSql,
                    search.countSql(condition));
        }
    }

    /** {@code Meeting}: a row of {@code meeting} ({@link MeetingType#from}). */
    @Singleton
    public static class OfMeeting implements SqlType {
        @Override
        public String type() {
            return MeetingType.TYPE;
        }

        @Override
        public Set<String> fields() {
            return Set.of("id", "key", "kind", "title", "summary", "venue", "topics", "date", "city", "document",
                    "evidence", "organisations", "participants", "contacts", "versions");
        }

        @Override
        public SqlField field(String name, Row row, Map<String, Object> arguments) {
            String id = row.column("id");
            return switch (name) {
                case "id" -> value(row.column(GlobalId.COLUMN));
            case "versions" -> RecordVersionsSql.of(RecordType.MEETING, row.column("key"));
                case "title" -> TextSql.of(row, row.column("title_ar"), row.column("title_en"));
                case "summary" -> TextSql.of(row, row.column("summary_ar"), row.column("summary_en"));
                case "venue" -> TextSql.of(row, row.column("venue_ar"), row.column("venue_en"));
                case "topics" -> value("coalesce(" + row.column("topics") + ", CAST('{}' AS text[]))");
                case "date" -> FuzzyDateSql.of(row, "date", EvidenceOwner.Column.MEETING, EvidenceAspect.DATE);
                case "city" -> new SqlField.Part("City", row, row.column("city_basis") + " IS NULL");
                case "document" -> SqlField.row("Document", "source_document", "id", row.column("document_id"));
                case "evidence" -> EvidenceSql.of(EvidenceOwner.Column.MEETING, id, EvidenceAspect.FACT);
                case "organisations" -> {
                    OrganisationRole role = Arguments.as(arguments.get("role"), OrganisationRole.class);
                    yield new SqlField.Many("MeetingOrganisation", "meeting_organisation",
                            c -> role == null ? Sql.of(c + ".meeting_id = " + id)
                                    : Sql.of(c + ".meeting_id = " + id + " AND " + c + ".role = :role",
                                            Map.of("role", role.name())),
                            c -> c + ".position");
                }
                case "participants" -> participations(id, true);
                case "contacts" -> participations(id, false);
                default -> value(row.column(name));
            };
        }

        /** The meeting's participations that are a taking part ({@link Participation#attended}), or the others. */
        private static SqlField participations(String meetingId, boolean attended) {
            return new SqlField.Many("Participation", "participation", c -> Sql.of(c + ".meeting_id = " + meetingId
                    + " AND " + (attended ? Participation.attended(c) : "NOT (" + Participation.attended(c) + ")")),
                    c -> c + ".position");
        }
    }

    /** {@code City}: the {@code city_*} columns of a meeting ({@link CityType}). */
    @Singleton
    public static class OfCity implements SqlType {
        @Override
        public String type() {
            return "City";
        }

        @Override
        public Set<String> fields() {
            return Set.of("name", "basis", "note", "evidence");
        }

        @Override
        public SqlField field(String name, Row row, Map<String, Object> arguments) {
            return switch (name) {
                case "name" -> TextSql.of(row, row.column("city_ar"), row.column("city_en"));
                case "evidence" -> EvidenceSql.of(EvidenceOwner.Column.MEETING, row.column("id"), EvidenceAspect.CITY);
                default -> value(row.column("city_" + name));
            };
        }
    }

    /** {@code MeetingOrganisation}: a row of {@code meeting_organisation}. */
    @Singleton
    public static class OfRole implements SqlType {
        @Override
        public String type() {
            return "MeetingOrganisation";
        }

        @Override
        public Set<String> fields() {
            return Set.of("role", "note", "organisation", "meeting", "evidence");
        }

        @Override
        public SqlField field(String name, Row row, Map<String, Object> arguments) {
            return switch (name) {
                case "organisation" -> OrganisationSql.byId(row.column("organisation_id"));
                case "meeting" -> byId(row.column("meeting_id"));
                case "evidence" -> EvidenceSql.of(EvidenceOwner.Column.MEETING_ORGANISATION, row.column("id"),
                        EvidenceAspect.FACT);
                default -> value(row.column(name));
            };
        }
    }

    /** {@code Participation}: a row of {@code participation}. */
    @Singleton
    public static class OfParticipation implements SqlType {
        @Override
        public String type() {
            return "Participation";
        }

        @Override
        public Set<String> fields() {
            return Set.of("role", "title", "person", "organisation", "meeting", "evidence");
        }

        @Override
        public SqlField field(String name, Row row, Map<String, Object> arguments) {
            return switch (name) {
                case "title" -> TextSql.of(row, row.column("title_ar"), row.column("title_en"));
                case "person" -> PersonSql.byId(row.column("person_id"));
                case "organisation" -> OrganisationSql.byId(row.column("organisation_id"));
                case "meeting" -> byId(row.column("meeting_id"));
                case "evidence" -> EvidenceSql.of(EvidenceOwner.Column.PARTICIPATION, row.column("id"),
                        EvidenceAspect.FACT);
                default -> value(row.column(name));
            };
        }
    }

    /**
     * {@code Organisation.meetings(first)} ({@link MeetingApi#organisationMeetings}): the newest meetings in which the
     * organisation had a role or a participant acted for it.
     */
    @Singleton
    public static class OfOrganisation implements SqlType {
        @Override
        public String type() {
            return "Organisation";
        }

        @Override
        public Set<String> fields() {
            return Set.of("meetings");
        }

        @Override
        public SqlField field(String name, Row row, Map<String, Object> arguments) {
            // its default comes as a BigDecimal (SmallRye writes numeric defaults so)
            int first = MeetingApi.checkedFirst(((Number) arguments.get("first")).intValue());
            String id = row.column("id");
            return new SqlField.Many(MeetingType.TYPE, "meeting", c -> Sql.of(c + ".id IN (SELECT meeting_id FROM"
                    + " meeting_organisation WHERE organisation_id = " + id + " UNION SELECT meeting_id FROM participation"
                    + " WHERE organisation_id = " + id + ")"), c -> c + ".date_sort DESC NULLS LAST, " + c + ".key DESC",
                    first);
        }
    }

    /** {@code Person.participations} ({@link MeetingApi#participations}): every role, oldest meeting first. */
    @Singleton
    public static class OfPerson implements SqlType {
        @Override
        public String type() {
            return "Person";
        }

        @Override
        public Set<String> fields() {
            return Set.of("participations");
        }

        @Override
        public SqlField field(String name, Row row, Map<String, Object> arguments) {
            return new SqlField.Many("Participation", "(SELECT p.*, m.date_sort AS meeting_date_sort, m.key AS"
                    + " meeting_key FROM participation p JOIN meeting m ON m.id = p.meeting_id)",
                    c -> Sql.of(c + ".person_id = " + row.column("id")),
                    c -> c + ".meeting_date_sort NULLS LAST, " + c + ".meeting_key, " + c + ".position");
        }
    }
}
