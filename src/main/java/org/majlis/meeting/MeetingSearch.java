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
    /** Prefix of the parameters of {@code filter.date}; {@link #DATE_TO} holds its end, when given. */
    private static final String DATE = "date";
    private static final String DATE_TO = DATE + "To";

    @Inject
    OrganisationResolver organisations;
    @Inject
    PersonResolver people;
    @Inject
    TextNormaliser normaliser;
    @Inject
    EntityManager em;

    /**
     * A compiled filter; {@code matchesNothing} short-cuts names that resolved to no record. When
     * {@code filter.date.to} is given (parameter {@value #DATE_TO}), {@code dateOnColumns} is the date test for
     * meetings whose earliest day is known, written on the date columns rather than the indexed span;
     * {@code others} is the condition without the date, {@code undated} tells that undated meetings are included.
     */
    public record Condition(String where, Map<String, Object> params, boolean matchesNothing, String others,
            String dateOnColumns, boolean undated) {
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

    /** A page of meetings and, when it was counted with the page, the number of all matching meetings. */
    public record Slice(List<Meeting> meetings, Long total) {
    }

    /**
     * @param withTotal count all matches too: a filtered page costs the database about what its count does (every
     *     match is found and sorted), so one statement does both ({@code count(*) OVER ()}) instead of two
     */
    @SuppressWarnings("unchecked")
    public Slice page(Condition condition, OrderDirection direction, int offset, int limit, boolean withTotal) {
        if (condition.matchesNothing()) {
            return new Slice(List.of(), 0L);
        }
        String dir = direction == OrderDirection.ASC ? "ASC" : "DESC";
        String order = " ORDER BY m.date_sort " + dir + " NULLS LAST, m.key " + dir;
        if (withTotal && !condition.where().isEmpty()) {
            // matches are counted and sorted on their keys only; the page's rows are read afterwards
            List<Object[]> rows = condition.bind(em.createNativeQuery("SELECT " + Meeting.COLUMNS + ", p.total_count"
                    + " FROM (SELECT m.id, m.date_sort, m.key, count(*) OVER () AS total_count FROM meeting m"
                    + condition.whereClause() + order + " OFFSET :offset LIMIT :limit) p JOIN meeting m ON m.id = p.id"
                    + order, Meeting.WITH_TOTAL)).setParameter("offset", offset).setParameter("limit", limit)
                    .getResultList();
            // past the last match there is no row to carry the total
            return new Slice(rows.stream().map(row -> (Meeting) row[0]).toList(),
                    rows.isEmpty() ? null : (Long) rows.get(0)[1]);
        }
        boolean branched = direction == OrderDirection.DESC && condition.dateOnColumns() != null;
        String sql;
        if (branched) {
            // Newest first up to `date.to`: a meeting whose earliest day is known matches only if that day, its sort
            // key, is before `to`, so the first branch reads meeting_newest_first_idx backwards from `to` and stops
            // after a page; meetings known only as "before D" come from their own small index. As one query the
            // planner either walks the order index from the newest meeting down or sorts every match. With no
            // other filter the first branch's date test is written on the columns, so that the planner does not
            // prefer the span index and a full sort; with one, it keeps the span so that both can be combined.
            String known = condition.others().isEmpty() ? condition.dateOnColumns()
                    : "m.date_earliest IS NOT NULL AND " + condition.where();
            List<String> parts = new ArrayList<>(List.of(known + " AND m.date_sort < :" + DATE_TO,
                    "m.date_earliest IS NULL AND m.date_latest IS NOT NULL AND " + condition.where()));
            if (condition.undated()) {
                parts.add("m.date_sort IS NULL AND " + condition.where());
            }
            List<String> branches = parts.stream().map(part -> "(SELECT " + Meeting.COLUMNS + " FROM meeting m WHERE "
                    + part + order + " LIMIT :end)").toList();
            sql = "SELECT * FROM (" + String.join(" UNION ALL ", branches) + ") m" + order
                    + " OFFSET :offset LIMIT :limit";
        } else {
            sql = "SELECT " + Meeting.COLUMNS + " FROM meeting m" + condition.whereClause() + order
                    + " OFFSET :offset LIMIT :limit";
        }
        Query query = condition.bind(em.createNativeQuery(sql, Meeting.class)).setParameter("offset", offset)
                .setParameter("limit", limit);
        if (branched) {
            query.setParameter("end", offset + limit);
        }
        return new Slice(query.getResultList(), null);
    }

    public Condition compile(MeetingFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter == null) {
            return new Condition("", params, false, "", null, false);
        }
        String dateTest = filter.date == null ? null : rangeTest("filter.date", filter.date, filter.dateMatch, DATE,
                params);
        if (filter.published != null) {
            where.add("m.document_id IN (SELECT d.id FROM source_document d WHERE " + spanCondition("d.published_span",
                    rangeTest("filter.published", filter.published, filter.publishedMatch, "published", params),
                    filter.includeUndated) + ")");
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
        String others = String.join(" AND ", where);
        if (dateTest == null) {
            return new Condition(others, params, nothing, others, null, false);
        }
        where.add(0, spanCondition("m.date_span", dateTest, filter.includeUndated));
        String dateOnColumns = filter.date.to == null ? null
                : "m.date_earliest IS NOT NULL AND daterange(m.date_earliest, m.date_latest, '[]')" + dateTest;
        return new Condition(String.join(" AND ", where), params, nothing, others, dateOnColumns,
                filter.includeUndated);
    }

    /**
     * The test of a fuzzy date's range of possible days against a half-open range: {@code && range} (OVERLAPS) or
     * {@code <@ range} (WITHIN), to follow a span expression.
     */
    private static String rangeTest(String argument, DateRange range, DateMatch match, String name,
            Map<String, Object> params) {
        LocalDate from = range.checked(argument + ".from", range.from);
        LocalDate to = range.checked(argument + ".to", range.to);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadUserInputException("`" + argument + "` is empty: `from` (" + from + ") must be before `to` ("
                    + to + "); the range is half-open, so one day D is {from: D, to: D + 1 day}.");
        }
        return (match == DateMatch.WITHIN ? " <@ " : " && ") + "daterange(" + bound(name + "From", from, params) + ", "
                + bound(name + "To", to, params) + ", '[)')";
    }

    /**
     * A span column (an unknown end is unbounded; null when neither end is known) passing a range test; undated
     * records pass only with {@code includeUndated}.
     */
    private static String spanCondition(String span, String rangeTest, boolean includeUndated) {
        return includeUndated ? "(" + span + rangeTest + " OR " + span + " IS NULL)" : span + rangeTest;
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
