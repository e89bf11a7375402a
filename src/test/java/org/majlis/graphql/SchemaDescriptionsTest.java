package org.majlis.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.majlis.graphql.GraphQLClient.document;
import static org.majlis.graphql.GraphQLClient.ok;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GraphiQL's documentation explorer is complete: every type, field, argument and enum value is described. */
@QuarkusTest
class SchemaDescriptionsTest {

    @Test
    void everythingInTheSchemaHasADescription() {
        List<Map<String, Object>> types = ok(document("introspection")).getList("data.__schema.types");
        List<String> undescribed = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || List.of("String", "Int", "Boolean", "ID", "Float").contains(name)) {
                continue; // built into GraphQL itself
            }
            check(name, type, undescribed);
            for (String members : List.of("fields", "inputFields", "enumValues")) {
                for (Map<String, Object> member : list(type.get(members))) {
                    String path = name + "." + member.get("name");
                    check(path, member, undescribed);
                    for (Map<String, Object> argument : list(member.get("args"))) {
                        check(path + "(" + argument.get("name") + ")", argument, undescribed);
                    }
                }
            }
        }
        assertEquals(List.of(), undescribed, "add a @Description to each of these");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static void check(String path, Map<String, Object> element, List<String> undescribed) {
        Object description = element.get("description");
        if (description == null || description.toString().isBlank()) {
            undescribed.add(path);
        }
    }
}
