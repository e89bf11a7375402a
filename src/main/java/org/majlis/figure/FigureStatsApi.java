package org.majlis.figure;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.graphql.ReadOnly;
import org.majlis.organisation.OrganisationApi;
import org.majlis.organisation.OrganisationResolver;
import org.majlis.organisation.OrganisationType;

/** Figure counts for dashboards: the total and the buckets of one grouping, in one SQL statement. */
@GraphQLApi
@Transactional
@ReadOnly
public class FigureStatsApi {
    @Inject
    EntityManager em;
    @Inject
    OrganisationResolver organisations;

    /** How a grouping reads in HQL: the figures (with what the key needs), the key, and the label of a bucket. */
    private record Grouping(String from, String key, String label, String labelOfNullKey) {
        static Grouping of(FigureGroup group) {
            return switch (group) {
                // a unit is never null
                case UNIT -> new Grouping("CitedFigure f", "f.unit", "f.unit", null);
                case PRODUCER -> new Grouping("CitedFigure f left join Organisation o on o.id = f.producerId", "o.key",
                        "coalesce(o.nameEn, o.nameAr)", "Unattributed");
                case MEASURE -> new Grouping("CitedFigure f", "f.measure", "coalesce(f.countsEn, f.countsAr, f.measure)",
                        "No measure");
            };
        }
    }

    @Query("figureStats")
    @NonNull
    @Description("How many figures match `filter`, in total and grouped by `groupBy` (unit, producer or measure),"
            + " counted in one SQL statement with the same filter semantics as `figures`. Every figure is in exactly"
            + " one bucket: unattributed figures (no producer) and figures with no measure are counted in the bucket"
            + " whose key is null.")
    public FigureStats figureStats(@Description("Which figures; all given fields must hold.") FigureFilter filter,
            @NonNull @Description("What to group the figures by.") FigureGroup groupBy) {
        FigureCondition condition = FigureCondition.of(filter, organisations);
        if (condition.matchesNothing()) {
            return new FigureStats(0, List.of());
        }
        Grouping grouping = Grouping.of(groupBy);
        // ROLLUP(key) is GROUPING SETS ((key), ()): a row per bucket and the grand total, told apart by PostgreSQL's
        // grouping() (HQL passes it through) because a bucket's key may be null too. Grouped by producer, a bucket's
        // figures share their producer, so min(producerId) is it.
        TypedQuery<Object[]> query = em.createQuery("select grouping(" + grouping.key() + "), " + grouping.key()
                + ", min(" + grouping.label() + "), count(f), min(f.producerId) from " + grouping.from()
                + condition.whereClause() + " group by rollup(" + grouping.key() + ") order by count(f) desc, "
                + grouping.key() + " nulls last", Object[].class);
        condition.params().forEach(query::setParameter);
        int total = 0;
        List<FigureBucket> buckets = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            int count = ((Number) row[3]).intValue();
            if (((Number) row[0]).intValue() == 1) {
                total = count;
                continue;
            }
            String key = (String) row[1];
            buckets.add(new FigureBucket(groupBy == FigureGroup.PRODUCER ? (Long) row[4] : null, key,
                    key == null ? grouping.labelOfNullKey() : (String) row[2], count));
        }
        return new FigureStats(total, buckets);
    }

    @Description("The organisation that produced the bucket's figures, when grouped by PRODUCER; otherwise null,"
            + " and null for the bucket of unattributed figures.")
    public List<OrganisationType> producer(@Source List<FigureBucket> buckets) {
        return OrganisationApi.organisationsOf(buckets.stream().map(FigureBucket::producerId).toList());
    }
}
