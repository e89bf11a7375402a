package org.majlis.meeting;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.majlis.graphql.GraphQLClient.document;
import static org.majlis.graphql.GraphQLClient.id;
import static org.majlis.graphql.GraphQLClient.ok;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The `meetings` filters, through the HTTP endpoint, against the seed data. */
@QuarkusTest
class MeetingQueryTest {
    private static final String KEYS = document("meetingKeys");

    private static List<String> keys(Map<String, ?> variables) {
        return ok(KEYS, variables).getList("data.meetings.nodes.key");
    }

    private static Map<String, Object> filter(Map<String, ?> filter) {
        return Map.of("filter", filter);
    }

    @Test
    void allSixMeetingsNewestFirst() {
        JsonPath all = ok(KEYS, Map.of());
        assertEquals(6, all.getInt("data.meetings.totalCount"));
        assertThat(all.getList("data.meetings.nodes.key"), contains("abunteisha-pope", "menfi-lamorgese",
                "mazen-lamorgese", "icmpd-review-2020", "mwg-2", "swing-jalala"));
    }

    @Test
    void meetingsInvolvingIomByIdByArabicNameByAcronymAgree() {
        List<String> expected = List.of("abunteisha-pope", "mwg-2", "swing-jalala");
        assertEquals(expected, keys(filter(Map.of("organisation", Map.of("ids", List.of(id("Organisation", "iom")))))));
        assertEquals(expected, keys(filter(Map.of("organisation", Map.of("name", "المنظمة الدولية للهجرة")))));
        assertEquals(expected, keys(filter(Map.of("organisation", Map.of("name", "iom")))));
        assertEquals(expected, keys(filter(Map.of("organisation", Map.of("name", "International Organization for Migration")))));
    }

    @Test
    void subOrganisationsAreIncludedOnlyWhenAsked() {
        // DTM is only mentioned, never a participant's organisation, in 000 and 001
        Map<String, Object> dtm = Map.of("name", "DTM");
        assertEquals(List.of("mwg-2", "swing-jalala"), keys(filter(Map.of("organisation", dtm))));
        // the GNA's own ministries take part in 000, 001 and 002; with sub-organisations they count for the GNA
        List<String> gna = keys(filter(Map.of("organisation", Map.of("name", "GNA", "includeSubOrganisations", true))));
        assertThat(gna, containsInAnyOrder("icmpd-review-2020", "mwg-2", "swing-jalala"));
    }

    @Test
    void meetingsOf2018OverlapOrLieWithin() {
        Map<String, String> year2018 = Map.of("from", "2018-01-01", "to", "2019-01-01");
        // the 000 meeting (between 2016 and September 2018) and mwg-2 (November 2017 to 26 February 2018) may fall
        // in 2018 …
        assertEquals(List.of("mwg-2", "swing-jalala"), keys(filter(Map.of("date", year2018))));
        assertEquals(List.of("mwg-2", "swing-jalala"),
                keys(filter(Map.of("date", year2018, "dateMatch", "OVERLAPS"))));
        // … but neither certainly does
        assertThat(keys(filter(Map.of("date", year2018, "dateMatch", "WITHIN"))), empty());
        Map<String, String> year2017 = Map.of("from", "2017-01-01", "to", "2018-01-01");
        assertEquals(List.of("mwg-2", "swing-jalala"), keys(filter(Map.of("date", year2017))));
        assertThat(keys(filter(Map.of("date", year2017, "dateMatch", "WITHIN"))), empty());
    }

    @Test
    void dateRangesAreHalfOpen() {
        assertEquals(List.of("icmpd-review-2020"),
                keys(filter(Map.of("date", Map.of("from", "2020-01-20", "to", "2020-01-21"), "dateMatch", "WITHIN"))));
        assertThat(keys(filter(Map.of("date", Map.of("from", "2020-01-21", "to", "2020-02-01")))), empty());
        assertThat(keys(filter(Map.of("date", Map.of("from", "2020-01-01", "to", "2020-01-20")))), empty());
        assertEquals(List.of("abunteisha-pope"), keys(filter(Map.of("date", Map.of("from", "2025-01-01")))));
    }

    @Test
    void twoMeetingsOnTheSameDay() {
        JsonPath day = ok(KEYS, filter(Map.of("date", Map.of("from", "2021-04-19", "to", "2021-04-20"),
                "dateMatch", "WITHIN")));
        assertThat(day.getList("data.meetings.nodes.key"), containsInAnyOrder("menfi-lamorgese", "mazen-lamorgese"));
    }

    @Test
    void cityMatchesEitherLanguageAndNeverAnUnknownCity() {
        List<String> tripoli = List.of("abunteisha-pope", "menfi-lamorgese", "mazen-lamorgese", "mwg-2", "swing-jalala");
        assertEquals(tripoli, keys(filter(Map.of("city", "Tripoli"))));
        assertEquals(tripoli, keys(filter(Map.of("city", "طرابلس"))));
        assertEquals(tripoli, keys(filter(Map.of("city", "tripoli"))));
    }

    @Test
    void onePersonUnderTwoSpellings() {
        List<String> expected = List.of("mwg-2", "swing-jalala");
        assertEquals(expected, keys(filter(Map.of("person", Map.of("name", "عثمان بلبيسي")))));
        assertEquals(expected, keys(filter(Map.of("person", Map.of("name", "عثمان البلبيسي")))));
        assertEquals(expected, keys(filter(Map.of("person", Map.of("name", "Othman Belbeisi")))));
        assertEquals(expected, keys(filter(Map.of("person", Map.of("ids", List.of(id("Person", "othman-belbeisi")))))));
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of("mwg-2"), keys(filter(Map.of("person", Map.of("name", "عثمان بلبيسي"),
                "date", Map.of("from", "2017-11-01", "to", "2019-01-01"), "dateMatch", "WITHIN"))));
    }

    @Test
    void namesThatMatchNothingGiveAnEmptyList() {
        JsonPath none = ok(KEYS, filter(Map.of("organisation", Map.of("name", "No Such Organisation"))));
        assertEquals(0, none.getInt("data.meetings.totalCount"));
        assertThat(none.getList("data.meetings.nodes"), empty());
    }

    @Test
    void ascendingOrderListsTheOldestFirst() {
        assertEquals(List.of("swing-jalala", "mwg-2"), keys(Map.of("orderBy", Map.of("direction", "ASC"), "first", 2)));
    }
}
