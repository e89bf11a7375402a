package org.majlis.graphql;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A piece of SQL with named parameters ({@code :name}), the one way majlis writes SQL that both read paths run:
 * the resolvers bind it to a JPA native query ({@link #bind}); the compiled path ({@code org.majlis.compiled})
 * embeds it in its single statement, turning the names into JDBC positions ({@link #appendTo}), so that a
 * filter, an order or a cursor test means the same on both. A collection parameter stands for a list
 * ({@code IN (:ids)}), as in JPA.
 */
public record Sql(String text, Map<String, Object> params) {
    public static Sql of(String text) {
        return new Sql(text, Map.of());
    }

    public static Sql of(String text, Map<String, Object> params) {
        return new Sql(text, params);
    }

    public Query bind(Query query) {
        params.forEach(query::setParameter);
        return query;
    }

    /** Runs it as a native query of one number (a count). */
    public int count(EntityManager em) {
        return ((Number) bind(em.createNativeQuery(text)).getSingleResult()).intValue();
    }

    /** Runs it as a native query of entities. */
    @SuppressWarnings("unchecked")
    public <T> List<T> list(EntityManager em, Class<T> entity) {
        return bind(em.createNativeQuery(text, entity)).getResultList();
    }

    /**
     * Appends the text with every {@code :name} outside string literals replaced by JDBC {@code ?} (one per element
     * of a collection), and the values in the same order to {@code values}. {@code ::} casts are left alone.
     */
    public void appendTo(StringBuilder out, List<Object> values) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                int end = close < 0 ? length : close + 1;
                out.append(text, i, end);
                i = end;
            } else if (c == ':' && i + 1 < length && text.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < length && Character.isJavaIdentifierStart(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < length && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                String name = text.substring(i + 1, end);
                if (!params.containsKey(name)) {
                    throw new IllegalStateException("no value for :" + name + " in " + text);
                }
                Object value = params.get(name);
                if (value instanceof Collection<?> list) {
                    if (list.isEmpty()) {
                        out.append("NULL"); // IN (NULL) holds for nothing, as an empty list does in JPA
                    }
                    int n = 0;
                    for (Object element : list) {
                        out.append(n++ == 0 ? "?" : ", ?");
                        values.add(element);
                    }
                } else {
                    out.append('?');
                    values.add(value);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
    }
}
