package org.majlis.compiled;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Every feature's {@link SqlType}, found through CDI: the compiler itself knows no feature. */
@ApplicationScoped
public class SqlTypes {
    /** Who declares each {@code Type.field}. */
    private final Map<String, SqlType> byField = new HashMap<>();

    @Inject
    SqlTypes(@All List<SqlType> types) {
        for (SqlType declared : types) {
            for (String field : declared.fields()) {
                SqlType before = byField.put(declared.type() + "." + field, declared);
                if (before != null) {
                    throw new IllegalStateException(declared.type() + "." + field + " has two SQL forms: "
                            + before.getClass().getName() + " and " + declared.getClass().getName());
                }
            }
        }
    }

    SqlField field(String type, String name, Row row, Map<String, Object> arguments) {
        SqlType declared = byField.get(type + "." + name);
        return declared == null ? null : declared.field(name, row, arguments);
    }

    /** Every {@code Type.field} the compiler claims. */
    public Set<String> claimed() {
        return new TreeSet<>(byField.keySet());
    }
}
