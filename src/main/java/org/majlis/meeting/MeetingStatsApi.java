package org.majlis.meeting;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.graphql.BadUserInputException;
import org.majlis.graphql.ReadOnly;
import org.majlis.graphql.Text;
import org.majlis.organisation.OrganisationApi;
import org.majlis.organisation.OrganisationType;
import org.majlis.person.PersonApi;
import org.majlis.person.PersonType;

/** Facets for dashboards: meetings counted by year, month, organisation, city or person, in one SQL statement. */
@GraphQLApi
@Transactional
@ReadOnly
public class MeetingStatsApi {
    static final int MAX_BUCKETS = 1000;

    @Inject
    MeetingSearch search;
    @Inject
    EntityManager em;

    /** Per grouping: the value of a meeting (joins allowed), its label, and the order of the buckets. */
    private record Dimension(String join, String value, String labelJoin, String key, String label, String order) {
        static Dimension of(MeetingGroup group) {
            return switch (group) {
                case YEAR -> interval("YYYY");
                case MONTH -> interval("YYYY-MM");
                case CITY -> new Dimension("", "coalesce(m.city_en, m.city_ar)", "", "g.dim", "g.dim",
                        "g.n DESC, g.dim");
                case ORGANISATION -> new Dimension(" LEFT JOIN LATERAL (SELECT mo.organisation_id AS id FROM"
                        + " meeting_organisation mo WHERE mo.meeting_id = m.id UNION SELECT p.organisation_id FROM"
                        + " participation p WHERE p.meeting_id = m.id AND p.organisation_id IS NOT NULL) x ON true",
                        "x.id", " LEFT JOIN organisation r ON r.id = g.dim", "r.key", "coalesce(r.name_en, r.name_ar)",
                        "g.n DESC, r.key");
                case PERSON -> new Dimension(" LEFT JOIN participation x ON x.meeting_id = m.id AND "
                        + Participation.attended("x"), "x.person_id",
                        " LEFT JOIN person r ON r.id = g.dim", "r.key", "coalesce(r.name_en, r.name_ar)",
                        "g.n DESC, r.key");
            };
        }

        /** A date's year or month, an EDTF interval when its bounds differ, null when undated. */
        private static Dimension interval(String format) {
            String earliest = "to_char(m.date_earliest, '" + format + "')";
            String latest = "to_char(m.date_latest, '" + format + "')";
            return new Dimension("", "CASE WHEN m.date_earliest IS NULL AND m.date_latest IS NULL THEN NULL WHEN "
                    + earliest + " = " + latest + " THEN " + earliest + " ELSE coalesce(" + earliest + ", '..') || '/' || "
                    + "coalesce(" + latest + ", '..') END", "", "g.dim", "g.dim", "g.dim");
        }
    }

    @Query("meetingStats")
    @NonNull
    @Description("Meetings matching `filter` (the same filter as `meetings`), counted by `groupBy`. The total and"
            + " the buckets come from one SQL statement.")
    public MeetingStatsType meetingStats(
            @Description("Which meetings; all given fields must hold.") MeetingFilter filter,
            @NonNull @Description("How to group them.") MeetingGroup groupBy,
            @DefaultValue("100") @Description("At most this many buckets (1 to 1000); `bucketCount` says how many"
                    + " there are.") int first) {
        if (first < 1 || first > MAX_BUCKETS) {
            throw new BadUserInputException("`first` must be between 1 and " + MAX_BUCKETS + " (got " + first + ").");
        }
        MeetingSearch.Condition condition = search.compile(filter);
        Dimension d = Dimension.of(groupBy);
        String sql = "WITH f AS (SELECT m.id, " + d.value() + " AS dim, m.city_ar, m.city_en FROM meeting m" + d.join()
                + condition.whereClause() + "),"
                + " g AS (SELECT dim, count(DISTINCT id) AS n, GROUPING(dim) AS total, min(city_ar) AS city_ar,"
                + " min(city_en) AS city_en FROM f GROUP BY GROUPING SETS ((dim), ()))"
                + " SELECT g.dim, g.n, g.total, count(*) OVER (PARTITION BY g.total) AS buckets, " + d.key() + " AS key,"
                + " " + d.label() + " AS label, g.city_ar, g.city_en FROM g" + d.labelJoin()
                + " ORDER BY g.total DESC, g.dim IS NULL, " + d.order() + " LIMIT :limit";
        @SuppressWarnings("unchecked")
        List<Tuple> rows = condition.bind(em.createNativeQuery(sql, Tuple.class)).setParameter("limit", first + 1)
                .getResultList();
        // the grand-total row comes first; a filter matching no meeting has only that row
        int total = ((Number) rows.get(0).get("n")).intValue();
        List<StatsBucketType> buckets = new ArrayList<>();
        int bucketCount = 0;
        for (Tuple row : rows.subList(1, rows.size())) {
            bucketCount = ((Number) row.get("buckets")).intValue();
            buckets.add(bucket(groupBy, row));
        }
        return new MeetingStatsType(total, bucketCount, buckets);
    }

    private static StatsBucketType bucket(MeetingGroup groupBy, Tuple row) {
        Object dim = row.get("dim");
        String key = (String) row.get("key");
        String label = key == null ? switch (groupBy) {
            case YEAR, MONTH -> "date unknown";
            case CITY -> "city unknown";
            case ORGANISATION -> "no organisation recorded";
            case PERSON -> "no participant recorded";
        } : (String) row.get("label");
        Text city = groupBy == MeetingGroup.CITY ? Text.of((String) row.get("city_ar"), (String) row.get("city_en"))
                : null;
        Long id = dim instanceof Number n ? n.longValue() : null;
        return new StatsBucketType(key, label, ((Number) row.get("n")).intValue(), city,
                groupBy == MeetingGroup.ORGANISATION ? id : null, groupBy == MeetingGroup.PERSON ? id : null);
    }

    @Description("For ORGANISATION: the organisation.")
    public List<OrganisationType> organisation(@Source List<StatsBucketType> buckets) {
        return OrganisationApi.organisationsOf(buckets.stream().map(StatsBucketType::organisationId).toList());
    }

    @Description("For PERSON: the person.")
    public List<PersonType> person(@Source List<StatsBucketType> buckets) {
        return PersonApi.peopleOf(buckets.stream().map(StatsBucketType::personId).toList());
    }
}
