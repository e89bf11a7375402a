package org.majlis.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.majlis.date.DateMatch;
import org.majlis.date.DateRange;
import org.majlis.graphql.BadUserInputException;
import org.majlis.graphql.OrderDirection;
import org.majlis.graphql.Page;
import org.majlis.graphql.Sql;
import org.majlis.organisation.OrganisationResolver;
import org.majlis.person.PersonResolver;
import org.majlis.text.TextNormaliser;

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
     * A compiled filter. When
     * {@code filter.date.to} is given (parameter {@value #DATE_TO}), {@code dateOnColumns} is the date test written on
     * the date columns rather than the indexed span (the same range, which the planner then reads in date order);
     * {@code others} is the condition without the date, {@code undated} tells that undated meetings are included.
     */
    public record Condition(String where, Map<String, Object> params, String others,
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

    public int count(Condition condition) {
        return countSql(condition).count(em);
    }

    /** The statement that counts the matching meetings. */
    public Sql countSql(Condition condition) {
        return Sql.of("SELECT count(*) FROM meeting m" + condition.whereClause(), condition.params());
    }

    /** A page of meetings and, when it was counted with the page, the number of all matching meetings. */
    public record Slice(List<Meeting> meetings, Long total) {
    }

    /**
     * Where a meeting stands in a list, the content of its cursor: its sort day ({@code date_sort}, null when it is
     * undated, which sorts last in both directions) and its key, which breaks ties.
     */
    public record SortKey(LocalDate day, String key) {
        private static final String PREFIX = "k1:";
        /** The SQL form of a row's cursor, byte for byte what {@link #CODEC} and {@link Page} make of its key. */
        public static String cursorSql(String row) {
            return Page.cursorSql("'" + PREFIX + "' || coalesce(to_char(" + row + ".date_sort, 'YYYY-MM-DD'), '')"
                    + " || ':' || " + row + ".key");
        }

        public static final Page.KeyCodec<SortKey> CODEC = new Page.KeyCodec<>() {
            @Override
            public String format(SortKey sortKey) {
                return PREFIX + (sortKey.day() == null ? "" : sortKey.day()) + ":" + sortKey.key();
            }

            @Override
            public SortKey parse(String text) {
                int colon = text.indexOf(':', PREFIX.length());
                if (!text.startsWith(PREFIX) || colon < 0 || colon == text.length() - 1) {
                    return null;
                }
                String day = text.substring(PREFIX.length(), colon);
                try {
                    return new SortKey(day.isEmpty() ? null : LocalDate.parse(day), text.substring(colon + 1));
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }

    /**
     * Up to {@code limit} meetings strictly between two cursors' sort keys (either may be null), in the list's order,
     * or from the {@code before} end backwards when {@code backward}. A cursor is found through
     * meeting_newest_first_idx however deep it lies; the dated and the undated meetings are read as separate
     * branches because one row comparison cannot express "after (day, key), undated ones included" on the index.
     *
     * @param withTotal count all matches too: a filtered first page costs the database about what its count does
     *     (every match is found and sorted), so one statement does both ({@code count(*) OVER ()}) instead of two
     */
    @SuppressWarnings("unchecked")
    public Slice page(Condition condition, OrderDirection direction, SortKey after, SortKey before, boolean backward,
            int limit, boolean withTotal) {
        Sql page = pageSql(condition, direction, after, before, backward, limit, withTotal, null);
        if (page == null) {
            return new Slice(List.of(), null);
        }
        if (countsWithPage(condition, after, before, backward, withTotal)) {
            List<Object[]> rows = page.bind(em.createNativeQuery(page.text(), Meeting.WITH_TOTAL)).getResultList();
            // an empty result has no row to carry the total
            return new Slice(rows.stream().map(row -> (Meeting) row[0]).toList(),
                    rows.isEmpty() ? null : (Long) rows.get(0)[1]);
        }
        return new Slice(page.bind(em.createNativeQuery(page.text(), Meeting.class)).getResultList(), null);
    }

    /**
     * True when {@link #pageSql} counts all matches in the page's own statement (column {@code total_count}): a
     * filtered first page costs the database about what its count does (every match is found and sorted), so one
     * statement does both ({@code count(*) OVER ()}) instead of two. An empty such page means there are none.
     */
    public static boolean countsWithPage(Condition condition, SortKey after, SortKey before, boolean backward,
            boolean withTotal) {
        return withTotal && after == null && before == null && !backward && !condition.where().isEmpty();
    }

    /**
     * The statement that reads up to {@code limit} meetings strictly between two cursors' sort keys (either may be
     * null), in the list's order, or from the {@code before} end backwards when {@code backward}: the meeting columns
     * ({@link Meeting#COLUMNS}, or only {@code columns} when given: {@link #selectList}) and, when {@link
     * #countsWithPage}, {@code total_count}; null when no meeting can
     * match. A cursor is found through meeting_newest_first_idx however deep it lies; the dated and the undated
     * meetings are read as separate branches because one row comparison cannot express "after (day, key), undated
     * ones included" on the index.
     */
    public Sql pageSql(Condition condition, OrderDirection direction, SortKey after, SortKey before, boolean backward,
            int limit, boolean withTotal, Set<String> columns) {
        String select = selectList(columns);
        Map<String, Object> params = new HashMap<>(condition.params());
        params.put("limit", limit);
        boolean descending = direction != OrderDirection.ASC;
        // backwards is the exact reverse order, undated meetings first
        String order = " ORDER BY m.date_sort " + (descending != backward ? "DESC" : "ASC")
                + (backward ? " NULLS FIRST" : " NULLS LAST") + ", m.key " + (descending != backward ? "DESC" : "ASC");
        boolean bounded = after != null || before != null;
        if (countsWithPage(condition, after, before, backward, withTotal)) {
            // matches are counted and sorted on their keys only; the page's rows are read afterwards
            return Sql.of("SELECT " + select + ", p.total_count"
                    + " FROM (SELECT m.id, m.date_sort, m.key, count(*) OVER () AS total_count FROM meeting m"
                    + condition.whereClause() + order + " LIMIT :limit) p JOIN meeting m ON m.id = p.id" + order,
                    params);
        }
        boolean branched = descending && condition.dateOnColumns() != null;
        if (!branched && !bounded) {
            return Sql.of("SELECT " + select + " FROM meeting m" + condition.whereClause() + order
                    + " LIMIT :limit", params);
        }
        List<String> dated = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        if (branched) {
            // Newest first up to `date.to`: a meeting whose earliest day is known matches only if that day, its sort
            // key, is before `to`, so the first branch reads meeting_newest_first_idx backwards from `to` and stops
            // after a page; meetings known only as "before D" come from their own small index. As one query the
            // planner either walks the order index from the newest meeting down or sorts every match. With no
            // other filter the first branch's date test is written on the columns, so that the planner does not
            // prefer the span index and a full sort; with one, it keeps the span so that both can be combined.
            // The same holds for the few meetings known only as "before D": their partial index gives them in order,
            // where the span index would first collect every meeting of the range.
            String dateTest = condition.others().isEmpty() ? condition.dateOnColumns() : condition.where();
            dated.add("m.date_earliest IS NOT NULL AND " + dateTest + " AND m.date_sort < :" + DATE_TO);
            dated.add("m.date_earliest IS NULL AND m.date_latest IS NOT NULL AND " + dateTest);
            if (condition.undated()) {
                undated.add("m.date_sort IS NULL AND " + condition.where());
            }
        } else {
            String and = condition.where().isEmpty() ? "" : " AND " + condition.where();
            dated.add("m.date_sort IS NOT NULL" + and);
            undated.add("m.date_sort IS NULL" + and);
        }
        List<String> branches = new ArrayList<>();
        addBranches(branches, dated, true, after, before, descending, params);
        addBranches(branches, undated, false, after, before, descending, params);
        if (branches.isEmpty()) {
            return null;
        }
        String sql = "SELECT * FROM (" + String.join(" UNION ALL ", branches.stream().map(branch -> "(SELECT "
                + select + " FROM meeting m WHERE " + branch + order + " LIMIT :limit)").toList()) + ") m"
                + order + " LIMIT :limit";
        return Sql.of(sql, params);
    }

    /**
     * The columns a page selects: every mapped one for entities (null), else those asked for and the ordering's.
     * The compiled path asks only for what its selection reads; a meeting's summary and date texts are most of a
     * row, and the page's rows are kept while its statement runs.
     */
    static String selectList(Set<String> columns) {
        if (columns == null) {
            return Meeting.COLUMNS;
        }
        Set<String> read = new TreeSet<>(columns);
        read.add("date_sort");
        read.add("key");
        return read.stream().map(column -> "m." + column).collect(Collectors.joining(", "));
    }

    /** Adds the branches that can hold meetings between the two cursors, each with its cursor conditions. */
    private static void addBranches(List<String> branches, List<String> conditions, boolean dated, SortKey after,
            SortKey before, boolean descending, Map<String, Object> params) {
        String afterIt = after == null ? "" : cursorTest(after, "after", true, dated, descending, params);
        String beforeIt = before == null ? "" : cursorTest(before, "before", false, dated, descending, params);
        if (afterIt == null || beforeIt == null) {
            return;
        }
        conditions.forEach(condition -> branches.add(condition + afterIt + beforeIt));
    }

    /**
     * The test that a dated (or undated) meeting lies strictly after (or before) a cursor in the list's order, to be
     * appended to a condition: "" when all of them do, null when none does.
     */
    private static String cursorTest(SortKey cursor, String name, boolean afterIt, boolean dated, boolean descending,
            Map<String, Object> params) {
        String comparison = descending == afterIt ? " < " : " > ";
        if (cursor.day() == null) {
            // an undated cursor: every dated meeting comes before it
            if (dated) {
                return afterIt ? null : "";
            }
            params.put(name + "Key", cursor.key());
            return " AND m.key" + comparison + ":" + name + "Key";
        }
        if (!dated) {
            // a dated cursor: every undated meeting comes after it
            return afterIt ? "" : null;
        }
        params.put(name + "Day", cursor.day());
        params.put(name + "Key", cursor.key());
        return " AND (m.date_sort, m.key)" + comparison + "(CAST(:" + name + "Day AS date), :" + name + "Key)";
    }

    public Condition compile(MeetingFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter == null) {
            return new Condition("", params, "", null, false);
        }
        String dateTest = filter.date == null ? null : rangeTest("filter.date", filter.date, filter.dateMatch, DATE,
                params);
        if (filter.published != null) {
            where.add("m.document_id IN (SELECT d.id FROM source_document d WHERE " + spanCondition("d.published_span",
                    rangeTest("filter.published", filter.published, filter.publishedMatch, "published", params),
                    filter.includeUndated) + ")");
        }
        Sql orgIds = organisations.idsSql("filter.organisation", filter.organisation, "org");
        if (orgIds != null) {
            // One semi-join over both ways of taking part (`id IN (...) OR id IN (...)` would scan every meeting).
            // With a date range, each side tests its copy of the meeting's span (changeset 0015), so that the
            // GiST index on (organisation_id, meeting_span) finds only the organisation's meetings in the range.
            String rolesInRange = dateTest == null ? ""
                    : " AND " + spanCondition("mo.meeting_span", dateTest, filter.includeUndated);
            String participationsInRange = dateTest == null ? ""
                    : " AND " + spanCondition("p.meeting_span", dateTest, filter.includeUndated);
            where.add("m.id IN (SELECT mo.meeting_id FROM meeting_organisation mo WHERE mo.organisation_id IN ("
                    + orgIds.text() + ")" + rolesInRange + " UNION SELECT p.meeting_id FROM participation p WHERE"
                    + " p.organisation_id IN (" + orgIds.text() + ")" + participationsInRange + ")");
            params.putAll(orgIds.params());
        }
        Sql personIds = people.idsSql("filter.person", filter.person, "person");
        if (personIds != null) {
            where.add("m.id IN (SELECT p.meeting_id FROM participation p WHERE p.person_id IN (" + personIds.text()
                    + ") AND " + Participation.attended("p") + ")");
            params.putAll(personIds.params());
        }
        if (filter.city != null) {
            where.add("(majlis_normalise(m.city_en) = :city OR majlis_normalise(m.city_ar) = :city)");
            params.put("city", normaliser.normalise("filter.city", filter.city));
        }
        String others = String.join(" AND ", where);
        if (dateTest == null) {
            return new Condition(others, params, others, null, false);
        }
        where.add(0, spanCondition("m.date_span", dateTest, filter.includeUndated));
        // As ranges, not as date comparisons: with comparisons PostgreSQL estimated the generic plan of the mobile
        // list dearer than its custom ones and planned every execution anew (0.6 ms a request, Q3 -33% at L).
        String dateOnColumns = filter.date.to == null ? null
                : "daterange(m.date_earliest, m.date_latest, '[]')" + dateTest;
        return new Condition(String.join(" AND ", where), params, others, dateOnColumns,
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
