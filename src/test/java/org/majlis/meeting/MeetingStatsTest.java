package org.majlis.meeting;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.majlis.graphql.GraphQLClient.document;
import static org.majlis.graphql.GraphQLClient.failing;
import static org.majlis.graphql.GraphQLClient.id;
import static org.majlis.graphql.GraphQLClient.ok;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `meetingStats`: buckets computed in SQL with the same filter semantics as `meetings`. */
@QuarkusTest
class MeetingStatsTest {
    private static final String STATS = document("meetingStats");
    private static final List<Map<String, Object>> FILTERS = List.of(Map.of(),
            Map.of("organisation", Map.of("name", "IOM")),
            Map.of("date", Map.of("from", "2018-01-01", "to", "2019-01-01")),
            Map.of("date", Map.of("from", "2018-01-01", "to", "2019-01-01"), "dateMatch", "WITHIN"),
            Map.of("published", Map.of("from", "2018-01-01"), "includeUndated", true),
            Map.of("person", Map.of("name", "Nobody Atall Xyzzy")));

    private static JsonPath stats(Map<String, Object> filter, String groupBy) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        variables.put("groupBy", groupBy);
        return ok(STATS, variables);
    }

    @Test
    void partitionBucketsAddUpToTheTotalCountOfTheSameFilter() {
        for (Map<String, Object> filter : FILTERS) {
            for (String groupBy : List.of("YEAR", "MONTH", "CITY")) {
                JsonPath result = stats(filter, groupBy);
                int total = result.getInt("data.meetings.totalCount");
                assertEquals(total, result.getInt("data.meetingStats.totalCount"), groupBy + " " + filter);
                int sum = result.<Integer>getList("data.meetingStats.buckets.count").stream().mapToInt(i -> i).sum();
                assertEquals(total, sum, groupBy + " " + filter);
            }
        }
    }

    @Test
    void yearsOfTheSeedsWithTheUncertainMeetingsInIntervals() {
        // swing-jalala: 2016-01-06..2018-09-26; mwg-2: 2017-11-01..2018-02-26
        JsonPath years = stats(Map.of(), "YEAR");
        assertEquals(List.of("2016/2018", "2017/2018", "2020", "2021", "2025"),
                years.getList("data.meetingStats.buckets.key"));
        assertEquals(List.of(1, 1, 1, 2, 1), years.getList("data.meetingStats.buckets.count"));
        assertEquals(5, years.getInt("data.meetingStats.bucketCount"));
    }

    @Test
    void unknownCitiesStayUnknown() {
        JsonPath cities = stats(Map.of(), "CITY");
        List<String> keys = cities.getList("data.meetingStats.buckets.key");
        // 002 names no city: its meeting is in the null bucket, listed last
        assertEquals(null, keys.get(keys.size() - 1));
        assertEquals("city unknown", cities.getString("data.meetingStats.buckets[-1].label"));
        assertEquals(1, cities.getInt("data.meetingStats.buckets[-1].count"));
    }

    @Test
    void organisationBucketsCountTheMeetingsThatFilterFinds() {
        JsonPath orgs = stats(Map.of(), "ORGANISATION");
        List<Map<String, Object>> buckets = orgs.getList("data.meetingStats.buckets");
        for (Map<String, Object> bucket : buckets.subList(0, 4)) {
            String key = (String) bucket.get("key");
            JsonPath filtered = stats(Map.of("organisation", Map.of("ids", List.of(id("Organisation", key)))), "YEAR");
            assertEquals(filtered.getInt("data.meetings.totalCount"), bucket.get("count"), key);
            assertEquals(key, ((Map<?, ?>) bucket.get("organisation")).get("key"));
        }
        JsonPath people = stats(Map.of(), "PERSON");
        assertEquals(people.getString("data.meetingStats.buckets[0].key"),
                people.getString("data.meetingStats.buckets[0].person.key"));
    }

    @Test
    void bucketsCanBeCappedAndBadArgumentsAreRefused() {
        Map<String, Object> variables = Map.of("groupBy", "PERSON", "first", 2);
        JsonPath capped = ok(STATS, variables);
        assertEquals(2, capped.getList("data.meetingStats.buckets").size());
        // 12 of the 13 people take part in some meeting (the press contact of 002 only is named), and every meeting
        // has a participant: no null bucket
        assertEquals(12, capped.getInt("data.meetingStats.bucketCount"));
        assertThat(failing(STATS, Map.of("groupBy", "PERSON", "first", 0)).getString("errors[0].message"),
                containsString("`first` must be between 1 and 1000"));
        JsonPath week = failing(STATS, Map.of("groupBy", "WEEK"));
        assertThat(week.getString("errors[0].message"), containsString("WEEK"));
    }
}
