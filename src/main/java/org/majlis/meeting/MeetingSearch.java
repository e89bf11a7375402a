package org.majlis.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.majlis.date.DateMatch;
import org.majlis.date.DateRange;
import org.majlis.graphql.BadUserInputException;
import org.majlis.graphql.OrderDirection;
import org.majlis.organisation.OrganisationResolver;
import org.majlis.person.PersonResolver;
import org.majlis.search.TextNormaliser;

/**
 * Compiles a {@link MeetingFilter} into one SQL condition on {@code meeting m}, shared by the page query, its
 * count and the statistics ({@link MeetingStatsApi}), so all three mean the same set of meetings.
 */
@ApplicationScoped
public class MeetingSearch {
    @Inject
    OrganisationResolver organisations;
    @Inject
    PersonResolver people;
    @Inject
    TextNormaliser normaliser;
    @Inject
    EntityManager em;

    /** A compiled filter; {@code matchesNothing} short-cuts names that resolved to no record. */
    public record Condition(String where, Map<String, Object> params, boolean matchesNothing) {
        /** {@code WHERE ...} for a query over {@code meeting m}, or nothing. */
        public String whereClause() {
            return where.isEmpty() ? "" : " WHERE " + where;
        }

        public Query bind(Query query) {
            params.forEach(query::setParameter);
            return query;
        }
    }

    public long count(Condition condition) {
        if (condition.matchesNothing()) {
            return 0;
        }
        return ((Number) condition.bind(em.createNativeQuery("SELECT count(*) FROM meeting m"
                + condition.whereClause())).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<Meeting> page(Condition condition, OrderDirection direction, int offset, int limit) {
        if (condition.matchesNothing()) {
            return List.of();
        }
        String dir = direction == OrderDirection.ASC ? "ASC" : "DESC";
        return condition.bind(em.createNativeQuery("SELECT " + Meeting.COLUMNS + " FROM meeting m" + condition.whereClause()
                + " ORDER BY m.date_sort " + dir + " NULLS LAST, m.key " + dir + " OFFSET :offset LIMIT :limit",
                Meeting.class)).setParameter("offset", offset).setParameter("limit", limit).getResultList();
    }

    public Condition compile(MeetingFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter == null) {
            return new Condition("", params, false);
        }
        if (filter.date != null) {
            where.add(dateCondition("filter.date", filter.date, filter.dateMatch, filter.includeUndated, "m.date_span",
                    "m.date_sort IS NULL", "date", params));
        }
        if (filter.published != null) {
            where.add("m.document_id IN (SELECT d.id FROM source_document d WHERE " + dateCondition("filter.published",
                    filter.published, filter.publishedMatch, filter.includeUndated, "d.published_span",
                    "d.published_earliest IS NULL AND d.published_latest IS NULL", "published", params) + ")");
        }
        List<Long> orgIds = organisations.resolve("filter.organisation", filter.organisation);
        if (orgIds != null) {
            // one semi-join over both ways of taking part; `id IN (...) OR id IN (...)` would scan every meeting
            where.add("m.id IN (SELECT mo.meeting_id FROM meeting_organisation mo WHERE mo.organisation_id IN (:orgs)"
                    + " UNION SELECT p.meeting_id FROM participation p WHERE p.organisation_id IN (:orgs))");
            params.put("orgs", orgIds);
        }
        List<Long> personIds = people.resolve("filter.person", filter.person);
        if (personIds != null) {
            where.add("m.id IN (SELECT p.meeting_id FROM participation p WHERE p.person_id IN (:people))");
            params.put("people", personIds);
        }
        if (filter.city != null) {
            where.add("(majlis_normalise(m.city_en) = :city OR majlis_normalise(m.city_ar) = :city)");
            params.put("city", normaliser.normalise("filter.city", filter.city));
        }
        boolean nothing = (orgIds != null && orgIds.isEmpty()) || (personIds != null && personIds.isEmpty());
        return new Condition(String.join(" AND ", where), params, nothing);
    }

    /**
     * A fuzzy date, as a range of possible days ({@code span}; an unknown end is unbounded), against a half-open
     * range. Dates with neither end known ({@code undated}) match only with {@code includeUndated}.
     */
    private static String dateCondition(String argument, DateRange range, DateMatch match, boolean includeUndated,
            String span, String undated, String name, Map<String, Object> params) {
        LocalDate from = range.checked(argument + ".from", range.from);
        LocalDate to = range.checked(argument + ".to", range.to);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadUserInputException("`" + argument + "` is empty: `from` (" + from + ") must be before `to` ("
                    + to + "); the range is half-open, so one day D is {from: D, to: D + 1 day}.");
        }
        String wanted = "daterange(" + bound(name + "From", from, params) + ", " + bound(name + "To", to, params) + ", '[)')";
        String condition = "(" + span + (match == DateMatch.WITHIN ? " <@ " : " && ") + wanted + " AND NOT (" + undated
                + "))";
        return includeUndated ? "(" + condition + " OR (" + undated + "))" : condition;
    }

    /** A parameter for a range bound, or NULL (unbounded) when the bound is not given. */
    private static String bound(String parameter, LocalDate value, Map<String, Object> params) {
        if (value == null) {
            return "NULL";
        }
        params.put(parameter, value);
        return "CAST(:" + parameter + " AS date)";
    }
}
