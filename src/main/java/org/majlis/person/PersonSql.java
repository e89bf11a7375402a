package org.majlis.person;

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

/** {@code Person} for the compiled read path: a row of {@code person} ({@link PersonType}). */
@Singleton
public class PersonSql implements SqlType {
    /** The person whose id is the SQL expression {@code id}. */
    public static SqlField.One byId(String id) {
        return SqlField.row(PersonType.TYPE, "person", "id", id);
    }

    /** The {@value PersonType#TYPE} with this key, for {@code person(id)} and {@code node(id)}. */
    public static SqlField.One byKey(String key, boolean required) {
        return SqlField.byKey(PersonType.TYPE, "person", "key", key, required);
    }

    /** {@code Query.person(id)}: an unknown id is NOT_FOUND, which the resolvers report. */
    @Singleton
    public static class Root extends QueryFields {
        @Override
        public Set<String> fields() {
            return Set.of("person", "people");
        }

        @Override
        public SqlField field(String name, Row row, Map<String, Object> arguments) {
            if (name.equals("people")) {
                PersonFilter filter = Arguments.as(arguments.get("filter"), PersonFilter.class);
                if (filter != null && filter.name != null) {
                    throw new NotCompiled("a name filter", false); // ranked in Java (NameSearch)
                }
                return SqlField.ofList(PersonType.TYPE, arguments, PersonSql::page,
                        Sql.of("SELECT count(*) FROM person"));
            }
            return byKey(GlobalId.keyOf("id", (String) arguments.get("id"), PersonType.TYPE), true);
        }
    }

    /** {@code people} without a name: ordered by key; the rows from {@code offset} on, at most {@code limit}. */
    static Sql page(int offset, int limit) {
        return Sql.of("SELECT p.* FROM person p ORDER BY p.key OFFSET :offset LIMIT :limit",
                Map.of("offset", offset, "limit", limit));
    }


    @Override
    public String type() {
        return PersonType.TYPE;
    }

    @Override
    public Set<String> fields() {
        return Set.of("id", "key", "name", "englishNameVerified", "note", "aliases", "versions");
    }

    @Override
    public SqlField field(String name, Row row, Map<String, Object> arguments) {
        return switch (name) {
            case "id" -> new SqlField.Value(Sql.of(row.column(GlobalId.COLUMN)));
            case "versions" -> RecordVersionsSql.of(RecordType.PERSON, row.column("key"));
            case "name" -> TextSql.of(row, row.column("name_ar"), row.column("name_en"));
            case "englishNameVerified" -> new SqlField.Value(Sql.of(row.column("name_en_verified")));
            case "aliases" -> AliasSql.of("person_alias", "person_id", row.column("id"));
            default -> new SqlField.Value(Sql.of(row.column(name)));
        };
    }
}
