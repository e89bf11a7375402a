package org.majlis.organisation;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import org.majlis.compiled.AliasSql;
import org.majlis.compiled.Arguments;
import org.majlis.compiled.NotCompiled;
import org.majlis.compiled.QueryFields;
import org.majlis.compiled.Row;
import org.majlis.compiled.SqlField;
import org.majlis.compiled.SqlType;
import org.majlis.compiled.TextSql;
import org.majlis.dataset.RecordType;
import org.majlis.dataset.RecordVersionsSql;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Sql;

/** {@code Organisation} for the compiled read path: a row of {@code organisation} ({@link OrganisationType}). */
@Singleton
public class OrganisationSql implements SqlType {
    /** The organisation whose id is the SQL expression {@code id} (null when it is null). */
    public static SqlField.One byId(String id) {
        return SqlField.row(OrganisationType.TYPE, "organisation", "id", id);
    }

    /** The {@value OrganisationType#TYPE} with this key, for {@code organisation(id)} and {@code node(id)}. */
    public static SqlField.One byKey(String key, boolean required) {
        return SqlField.byKey(OrganisationType.TYPE, "organisation", "key", key, required);
    }

    /** {@code Query.organisation(id)}: an unknown id is NOT_FOUND, which the resolvers report. */
    @Singleton
    public static class Root extends QueryFields {
        @Override
        public Set<String> fields() {
            return Set.of("organisation", "organisations");
        }

        @Override
        public SqlField field(String name, Row row, Map<String, Object> arguments) {
            if (name.equals("organisations")) {
                OrganisationFilter filter = Arguments.as(arguments.get("filter"), OrganisationFilter.class);
                if (filter != null && filter.name != null) {
                    throw new NotCompiled("a name filter", false); // ranked in Java (NameSearch)
                }
                OrganisationKind kind = filter == null ? null : filter.kind;
                return SqlField.ofList(OrganisationType.TYPE, arguments,
                        (offset, limit) -> page(kind, offset, limit), count(kind));
            }
            return byKey(GlobalId.keyOf("id", (String) arguments.get("id"), OrganisationType.TYPE), true);
        }
    }

    /** {@code organisations} without a name, maybe of one kind: by key, from {@code offset}, at most {@code limit}. */
    static Sql page(OrganisationKind kind, int offset, int limit) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("offset", offset, "limit", limit));
        if (kind != null) {
            params.put("kind", kind.name());
        }
        return Sql.of("SELECT o.* FROM organisation o" + (kind == null ? "" : " WHERE o.kind = :kind")
                + " ORDER BY o.key OFFSET :offset LIMIT :limit", params);
    }

    /** How many organisations (of one kind) {@link #page} pages through. */
    static Sql count(OrganisationKind kind) {
        return kind == null ? Sql.of("SELECT count(*) FROM organisation")
                : Sql.of("SELECT count(*) FROM organisation o WHERE o.kind = :kind", Map.of("kind", kind.name()));
    }

    @Override
    public String type() {
        return OrganisationType.TYPE;
    }

    @Override
    public Set<String> fields() {
        return Set.of("id", "key", "name", "acronym", "kind", "englishNameVerified", "note", "parent", "children",
                "aliases", "versions");
    }

    @Override
    public SqlField field(String name, Row row, Map<String, Object> arguments) {
        return switch (name) {
            case "id" -> new SqlField.Value(Sql.of(row.column(GlobalId.COLUMN)));
            case "versions" -> RecordVersionsSql.of(RecordType.ORGANISATION, row.column("key"));
            case "name" -> TextSql.of(row, row.column("name_ar"), row.column("name_en"));
            case "englishNameVerified" -> new SqlField.Value(Sql.of(row.column("name_en_verified")));
            case "parent" -> byId(row.column("parent_id"));
            case "children" -> new SqlField.Many(OrganisationType.TYPE, "organisation",
                    c -> Sql.of(c + ".parent_id = " + row.column("id")), c -> c + ".key");
            case "aliases" -> AliasSql.of("organisation_alias", "organisation_id", row.column("id"));
            default -> new SqlField.Value(Sql.of(row.column(name)));
        };
    }
}
