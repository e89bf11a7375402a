package org.majlis.node;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import org.majlis.compiled.Row;
import org.majlis.compiled.SqlField;
import org.majlis.compiled.QueryFields;
import org.majlis.document.DocumentSql;
import org.majlis.figure.FigureSql;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Sql;
import org.majlis.meeting.MeetingSql;
import org.majlis.organisation.OrganisationSql;
import org.majlis.person.PersonSql;

/** {@code Query.node(id)} for the compiled read path, as {@link NodeApi}: the object of the id's type, or null. */
@Singleton
public class NodeSql extends QueryFields {
    @Override
    public Set<String> fields() {
        return Set.of("node");
    }

    @Override
    public SqlField field(String name, Row row, Map<String, Object> arguments) {
        GlobalId id = GlobalId.parse("id", (String) arguments.get("id"));
        return switch (id.type()) {
            case "Meeting" -> MeetingSql.byKey(id.key(), false);
            case "Organisation" -> OrganisationSql.byKey(id.key(), false);
            case "Person" -> PersonSql.byKey(id.key(), false);
            case "Figure" -> FigureSql.byKey(id.key(), false);
            case "Document" -> DocumentSql.byKey(id.key(), false);
            default -> new SqlField.Value(Sql.of("CAST(NULL AS json)"));
        };
    }
}
