package org.majlis.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code versions} of a batch of records of one type, in one statement, for the features' resolvers. */
@ApplicationScoped
public class RecordVersionsLoader {
    @Inject
    EntityManager em;

    /** For each key (a document's slug), its versions, in the same order; null where the loader did not write it. */
    public List<RecordVersions> of(RecordType type, List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, RecordVersions> found = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT key, added_in, changed_in FROM dataset_record WHERE type = :type"
                + " AND key IN (:keys) AND deleted_in IS NULL").setParameter("type", type.name())
                .setParameter("keys", keys).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            found.put((String) r[0], new RecordVersions(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        return keys.stream().map(found::get).toList();
    }
}
