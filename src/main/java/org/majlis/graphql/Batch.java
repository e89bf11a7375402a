package org.majlis.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Helpers for batched child fields: one statement per field per request, whatever the number of parents. */
public final class Batch {
    private Batch() {
    }

    /** Loads the entities with the given ids in one statement, keyed by id (ids may be null or repeated). */
    public static <E extends PanacheEntityBase> Map<Long, E> byId(Class<E> entity, Collection<Long> ids,
            Function<E, Long> idOf) {
        List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        List<E> rows = Panache.getEntityManager(entity)
                .createQuery("from " + entity.getSimpleName() + " where id in :ids", entity)
                .setParameter("ids", distinct).getResultList();
        Map<Long, E> byId = new HashMap<>();
        rows.forEach(row -> byId.put(idOf.apply(row), row));
        return byId;
    }

    /** For each parent id in order, the children whose parent id matches (in the order of {@code children}). */
    public static <C> List<List<C>> groupByParent(List<Long> parentIds, List<C> children, Function<C, Long> parentOf) {
        Map<Long, List<C>> grouped = children.stream().collect(Collectors.groupingBy(parentOf));
        return parentIds.stream().map(id -> grouped.getOrDefault(id, List.of())).toList();
    }
}
