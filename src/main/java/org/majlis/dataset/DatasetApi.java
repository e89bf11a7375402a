package org.majlis.dataset;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.majlis.graphql.BadUserInputException;
import org.majlis.graphql.Page;
import org.majlis.graphql.ReadOnly;
import org.majlis.graphql.Selection;

/** The dataset's version, licence and citation, and what changed since a version. */
@GraphQLApi
@Transactional
@ReadOnly
public class DatasetApi {
    @Inject
    EntityManager em;
    @Inject
    Selection selection;

    @Query("dataset")
    @NonNull
    @Description("The dataset version this answer was read from, with its time and content hash, its licence, and"
            + " how to cite it.")
    public DatasetType dataset() {
        List<?> rows = em.createNativeQuery("SELECT version, CAST(extract(epoch FROM loaded_at) * 1000 AS bigint),"
                + " content_sha256 FROM dataset_version ORDER BY version DESC LIMIT 1").getResultList();
        if (rows.isEmpty()) {
            return DatasetType.of(0, null, null);
        }
        Object[] row = (Object[]) rows.get(0);
        return DatasetType.of(((Number) row[0]).intValue(), Instant.ofEpochMilli(((Number) row[1]).longValue()),
                (String) row[2]);
    }

    @Query("changes")
    @NonNull
    @Description("Every change made by the versions after `since`, in version order (and by type and key within a"
            + " version): what to fetch again to bring a copy of version `since` up to date. A record is ADDED when"
            + " it appears, MODIFIED when its content changed (any of its own fields, its names and aliases, its"
            + " evidence quotes or their offsets, or, for a meeting, its organisation roles and participations; a"
            + " change to another record it refers to is that record's change), DELETED when it is removed, after"
            + " which its id no longer resolves. Empty when `since` is the current version. Changes are recorded by"
            + " the seed loader in the same transaction as the facts.")
    public ChangeConnection changes(
            @NonNull @Description("The dataset version the client has (0: none); only later changes are listed.")
            int since,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after) {
        if (since < 0) {
            throw new BadUserInputException("`since` must be a dataset version, 0 or more (got " + since + ").");
        }
        Page<ChangeType> page = Page.of(first, after, null, null, (offset, limit) -> list(since, offset, limit),
                () -> ((Number) em.createNativeQuery("SELECT count(*) FROM dataset_change WHERE version > :since")
                        .setParameter("since", since).getSingleResult()).intValue(), selection);
        return new ChangeConnection(page);
    }

    private List<ChangeType> list(int since, int offset, int limit) {
        List<?> rows = em.createNativeQuery("SELECT version, kind, type, key FROM dataset_change WHERE version > :since"
                + " ORDER BY version, position OFFSET :offset LIMIT :limit").setParameter("since", since)
                .setParameter("offset", offset).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> ChangeType.of(((Number) r[0]).intValue(), (String) r[1],
                (String) r[2], (String) r[3])).toList();
    }
}
