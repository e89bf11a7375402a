package org.majlis.meeting;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.majlis.graphql.GraphQLClient.document;
import static org.majlis.graphql.GraphQLClient.failing;
import static org.majlis.graphql.GraphQLClient.ok;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * OVERLAPS and WITHIN for every uncertain meeting date in the seeds, undated records, and the publication date
 * of the source as a separate filter.
 */
@QuarkusTest
class DateSemanticsTest {
    private static final String KEYS = document("meetingKeys");

    private static List<String> keys(Map<String, ?> filter) {
        return ok(KEYS, Map.of("filter", filter)).getList("data.meetings.nodes.key");
    }

    private static Map<String, String> year(int year) {
        return Map.of("from", year + "-01-01", "to", (year + 1) + "-01-01");
    }

    @Test
    void swingJalalaIsKnownOnlyBetween2016And2018() {
        // 000: RANGE 2016-01-06..2018-09-26, from outside reporting
        assertEquals(List.of("swing-jalala"), keys(Map.of("date", year(2016))), "OVERLAPS 2016");
        assertEquals(List.of("mwg-2", "swing-jalala"), keys(Map.of("date", year(2017))), "OVERLAPS 2017");
        for (int y : List.of(2016, 2017)) {
            assertThat("WITHIN " + y, keys(Map.of("date", year(y), "dateMatch", "WITHIN")), empty());
        }
        assertThat(keys(Map.of("date", year(2015))), empty());
        assertEquals(List.of("mwg-2", "swing-jalala"), keys(Map.of("date",
                Map.of("from", "2016-01-06", "to", "2018-09-27"), "dateMatch", "WITHIN")));
        // one day short at either end and it no longer certainly lies inside
        assertEquals(List.of("mwg-2"), keys(Map.of("date", Map.of("from", "2016-01-07", "to", "2018-09-27"),
                "dateMatch", "WITHIN")));
        assertEquals(List.of("mwg-2"), keys(Map.of("date", Map.of("from", "2016-01-06", "to", "2018-09-26"),
                "dateMatch", "WITHIN")));
    }

    @Test
    void mwg2IsKnownOnlyBetweenTheGroupsLaunchAndTheDateline() {
        // 001: RANGE 2017-11-01..2018-02-26 (launched "last November", held by the dateline), candidate 2018-02-26
        Map<String, String> dateline = Map.of("from", "2018-02-26", "to", "2018-02-27");
        assertEquals(List.of("mwg-2", "swing-jalala"), keys(Map.of("date", dateline)));
        // the candidate day is not the date: the meeting does not certainly lie on it
        assertThat(keys(Map.of("date", dateline, "dateMatch", "WITHIN")), empty());
        assertEquals(List.of("mwg-2"), keys(Map.of("date", Map.of("from", "2017-11-01", "to", "2018-02-27"),
                "dateMatch", "WITHIN")));
        // one day short at either end and it no longer certainly lies inside
        assertThat(keys(Map.of("date", Map.of("from", "2017-11-02", "to", "2018-02-27"), "dateMatch", "WITHIN")),
                empty());
        assertThat(keys(Map.of("date", Map.of("from", "2017-11-01", "to", "2018-02-26"), "dateMatch", "WITHIN")),
                empty());
        assertThat(keys(Map.of("date", Map.of("from", "2018-02-27", "to", "2018-03-01"))), hasItem("swing-jalala"));
        assertThat(keys(Map.of("date", Map.of("from", "2018-02-27", "to", "2018-03-01"))), not(hasItem("mwg-2")));
    }

    /**
     * The newest-first page without a count reads its date test on the date columns (MeetingSearch.pageSql's
     * branches); the page with a count and the oldest-first page test the span. For every range whose ends are a
     * seed meeting's known day or the day after (and no start), both matches, all three list the same meetings.
     */
    @Test
    void theDateTestOnTheColumnsIsTheSpanTest() {
        String listed = "query($filter: MeetingFilter, $orderBy: MeetingOrder) { meetings(filter: $filter, first: 100,"
                + " orderBy: $orderBy) { nodes { key } } }";
        String counted = "query($filter: MeetingFilter) { meetings(filter: $filter, first: 100) { totalCount"
                + " nodes { key } } }";
        List<Map<String, String>> dates = ok("{ meetings(first: 100) { nodes { date { earliest latest } } } }")
                .getList("data.meetings.nodes.date");
        SortedSet<LocalDate> days = new TreeSet<>();
        for (Map<String, String> date : dates) {
            for (String day : new String[] {date == null ? null : date.get("earliest"),
                    date == null ? null : date.get("latest")}) {
                if (day != null) {
                    days.add(LocalDate.parse(day));
                    days.add(LocalDate.parse(day).plusDays(1));
                }
            }
        }
        assertTrue(days.size() > 10, "seed days: " + days);
        List<String> froms = new ArrayList<>();
        froms.add(null);
        days.forEach(day -> froms.add(day.toString()));
        int ranges = 0;
        for (String from : froms) {
            for (LocalDate to : days) {
                if (from != null && !LocalDate.parse(from).isBefore(to)) {
                    continue;
                }
                for (String match : List.of("OVERLAPS", "WITHIN")) {
                    Map<String, String> range = from == null ? Map.of("to", to.toString())
                            : Map.of("from", from, "to", to.toString());
                    Map<String, Object> filter = Map.of("date", range, "dateMatch", match);
                    List<String> onSpan = ok(counted, Map.of("filter", filter)).getList("data.meetings.nodes.key");
                    String what = match + " " + range;
                    assertEquals(onSpan, ok(listed, Map.of("filter", filter)).getList("data.meetings.nodes.key"),
                            what);
                    List<String> oldestFirst = new ArrayList<>(ok(listed, Map.of("filter", filter,
                            "orderBy", Map.of("direction", "ASC"))).getList("data.meetings.nodes.key"));
                    Collections.reverse(oldestFirst);
                    assertEquals(onSpan, oldestFirst, what + ", oldest first");
                    ranges++;
                }
            }
        }
        assertTrue(ranges > 100, "ranges compared: " + ranges);
    }

    @Test
    void publicationDateFiltersTheSourceNotTheMeeting() {
        // 001 was published 2018-02-26; 000 on the day after a Wednesday in 2016-01-07..2018-09-27
        assertEquals(List.of("mwg-2", "swing-jalala"), keys(Map.of("published", year(2018))));
        assertEquals(List.of("mwg-2"), keys(Map.of("published", year(2018), "publishedMatch", "WITHIN")));
        assertEquals(List.of("mwg-2", "swing-jalala"), keys(Map.of("published", year(2018), "includeUndated", true)));
        // 004 (published 2025-12-17) reports a meeting of the same day; 003's two meetings were published 2021-04-19
        assertEquals(List.of("abunteisha-pope", "menfi-lamorgese", "mazen-lamorgese"),
                keys(Map.of("published", Map.of("from", "2021-01-01"))));
        assertEquals(List.of("swing-jalala"), keys(Map.of("published", year(2017))));
        assertThat(keys(Map.of("published", year(2015))), empty());
        // both conditions hold together
        assertEquals(List.of("swing-jalala"), keys(Map.of("date", year(2016), "published", year(2018))));
        assertEquals(List.of("mwg-2"), keys(Map.of("date", year(2017), "published", year(2018),
                "publishedMatch", "WITHIN")));
    }

    @Test
    void badPublicationRangesNameTheArgument() {
        assertThat(failing(KEYS, Map.of("filter", Map.of("published", Map.of("from", "2019-01-01", "to", "2018-01-01"))))
                .getString("errors[0].message"), containsString("`filter.published` is empty"));
    }
}
