package org.majlis.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.majlis.graphql.GraphQLClient.document;
import static org.majlis.graphql.GraphQLClient.ok;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Relay cursor pagination of `meetings` over the six seed meetings (newest first). */
@QuarkusTest
class PaginationTest {
    private static final String KEYS = document("meetingKeys");

    @Test
    void forwardPagesFollowEachOther() {
        JsonPath first = ok(KEYS, Map.of("first", 2));
        assertEquals(List.of("abunteisha-pope", "menfi-lamorgese"), first.getList("data.meetings.nodes.key"));
        assertTrue(first.getBoolean("data.meetings.pageInfo.hasNextPage"));
        assertFalse(first.getBoolean("data.meetings.pageInfo.hasPreviousPage"));
        assertEquals(first.getString("data.meetings.edges[1].cursor"), first.getString("data.meetings.pageInfo.endCursor"));

        JsonPath second = ok(KEYS, Map.of("first", 2, "after", first.getString("data.meetings.pageInfo.endCursor")));
        assertEquals(List.of("mazen-lamorgese", "icmpd-review-2020"), second.getList("data.meetings.nodes.key"));
        assertTrue(second.getBoolean("data.meetings.pageInfo.hasPreviousPage"));

        JsonPath third = ok(KEYS, Map.of("first", 2, "after", second.getString("data.meetings.pageInfo.endCursor")));
        assertEquals(List.of("mwg-2", "swing-jalala"), third.getList("data.meetings.nodes.key"));
        assertFalse(third.getBoolean("data.meetings.pageInfo.hasNextPage"));
        assertEquals(6, third.getInt("data.meetings.totalCount"));
    }

    @Test
    void backwardPages() {
        JsonPath last = ok(KEYS, Map.of("last", 2));
        assertEquals(List.of("mwg-2", "swing-jalala"), last.getList("data.meetings.nodes.key"));
        assertTrue(last.getBoolean("data.meetings.pageInfo.hasPreviousPage"));
        JsonPath before = ok(KEYS, Map.of("last", 1, "before", last.getString("data.meetings.pageInfo.startCursor")));
        assertEquals(List.of("icmpd-review-2020"), before.getList("data.meetings.nodes.key"));
    }

    @Test
    void aPageBetweenTwoCursors() {
        JsonPath all = ok(KEYS, Map.of("first", 6));
        String afterFirst = all.getString("data.meetings.edges[0].cursor");
        String beforeLast = all.getString("data.meetings.edges[5].cursor");
        JsonPath between = ok(KEYS, Map.of("first", 10, "after", afterFirst, "before", beforeLast));
        assertEquals(List.of("menfi-lamorgese", "mazen-lamorgese", "icmpd-review-2020", "mwg-2"),
                between.getList("data.meetings.nodes.key"));
        assertFalse(between.getBoolean("data.meetings.pageInfo.hasNextPage"));
    }

    @Test
    void withoutFirstOrLastAPageHoldsTwenty() {
        assertEquals(6, ok(KEYS, Map.of()).getList("data.meetings.nodes").size());
    }
}
