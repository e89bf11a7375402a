package org.majlis.figure;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.graphql.ReadOnly;
import org.majlis.graphql.Sql;
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

    /** How a grouping reads in SQL: the figures (with what the key needs), the key, and the label of a bucket. */
    private record Grouping(String from, String key, String label, String labelOfNullKey) {
        static Grouping of(FigureGroup group) {
            return switch (group) {
                // a unit is never null
                case UNIT -> new Grouping("cited_figure f", "f.unit", "f.unit", null);
                case PRODUCER -> new Grouping("cited_figure f LEFT JOIN organisation o ON o.id = f.producer_id",
                        "o.key", "coalesce(o.name_en, o.name_ar)", "Unattributed");
                case MEASURE -> new Grouping("cited_figure f", "f.measure",
                        "coalesce(f.counts_en, f.counts_ar, f.measure)", "No measure");
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
        Grouping grouping = Grouping.of(groupBy);
        // ROLLUP(key) is GROUPING SETS ((key), ()): a row per bucket and the grand total, told apart by grouping()
        // because a bucket's key may be null too. Grouped by producer, a bucket's figures share their producer, so
        // min(producer_id) is it.
        Sql stats = Sql.of("SELECT grouping(" + grouping.key() + "), " + grouping.key() + ", min(" + grouping.label()
                + "), count(*), min(f.producer_id) FROM " + grouping.from() + condition.whereClause() + " GROUP BY"
                + " ROLLUP(" + grouping.key() + ") ORDER BY count(*) DESC, " + grouping.key() + " NULLS LAST",
                condition.params());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = stats.bind(em.createNativeQuery(stats.text())).getResultList();
        int total = 0;
        List<FigureBucket> buckets = new ArrayList<>();
        for (Object[] row : rows) {
            int count = ((Number) row[3]).intValue();
            if (((Number) row[0]).intValue() == 1) {
                total = count;
                continue;
            }
            String key = (String) row[1];
            buckets.add(new FigureBucket(groupBy == FigureGroup.PRODUCER && row[4] != null
                    ? ((Number) row[4]).longValue() : null, key,
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
