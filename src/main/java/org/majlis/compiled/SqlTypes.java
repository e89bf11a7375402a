package org.majlis.compiled;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Every feature's {@link SqlType}, found through CDI: the compiler itself knows no feature. */
@ApplicationScoped
public class SqlTypes {
    @Inject
    @All
    List<SqlType> types;

    SqlField field(String type, String name, Row row, Map<String, Object> arguments) {
        for (SqlType declared : types) {
            if (declared.type().equals(type) && declared.fields().contains(name)) {
                return declared.field(name, row, arguments);
            }
        }
        return null;
    }

    /** Every {@code Type.field} the compiler claims. */
    public Set<String> claimed() {
        Set<String> all = new TreeSet<>();
        for (SqlType declared : types) {
            declared.fields().forEach(field -> all.add(declared.type() + "." + field));
        }
        return all;
    }
}
