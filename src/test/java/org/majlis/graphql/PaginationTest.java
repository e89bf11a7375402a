package org.majlis.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.majlis.graphql.GraphQLClient.document;
import static org.majlis.graphql.GraphQLClient.ok;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Relay cursor pagination of `meetings` over the six seed meetings (newest first), and keyset cursors walked
 * across the dated and the undated meetings (two undated ones are added for this class and removed after it).
 */
@QuarkusTest
class PaginationTest {
    private static final String KEYS = document("meetingKeys");
    private static final List<String> UNDATED = List.of("zz-undated-1", "zz-undated-2");
    private static final List<String> NEWEST_FIRST = List.of("abunteisha-pope", "menfi-lamorgese", "mazen-lamorgese",
            "icmpd-review-2020", "mwg-2", "swing-jalala");

    @BeforeAll
    static void addUndatedMeetings() {
        write("INSERT INTO meeting (key, document_id, position, title_ar, kind, date_precision, date_basis)"
                + " SELECT 'zz-undated-' || n, d.document_id, 1000 + n, 'اجتماع بلا تاريخ', 'OTHER', 'UNKNOWN',"
                + " 'STATED' FROM (SELECT document_id FROM meeting WHERE key = 'mwg-2') d, generate_series(1, 2) n");
    }

    @AfterAll
    static void removeUndatedMeetings() {
        write("DELETE FROM meeting WHERE key LIKE 'zz-undated-%'");
    }

    /**
     * Runs {@code sql} in a transaction of its own. Outside a test method no request context is active, and a
     * Hibernate session needs one: replica.ReadTenants chooses in it where the session runs (the primary, here).
     */
    private static void write(String sql) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(sql)
                    .executeUpdate());
        } finally {
            requestContext.terminate();
        }
    }

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
        assertTrue(third.getBoolean("data.meetings.pageInfo.hasNextPage"), "the undated meetings follow");
        assertEquals(8, third.getInt("data.meetings.totalCount"));
    }

    @Test
    void backwardPages() {
        JsonPath last = ok(KEYS, Map.of("last", 2, "filter", Map.of("date", Map.of("from", "2010-01-01"))));
        assertEquals(List.of("mwg-2", "swing-jalala"), last.getList("data.meetings.nodes.key"));
        assertTrue(last.getBoolean("data.meetings.pageInfo.hasPreviousPage"));
        JsonPath before = ok(KEYS, Map.of("last", 1, "before", last.getString("data.meetings.pageInfo.startCursor"),
                "filter", Map.of("date", Map.of("from", "2010-01-01"))));
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
        assertEquals(8, ok(KEYS, Map.of()).getList("data.meetings.nodes").size());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void pagesOfAnySizeWalkTheWholeListForwardsAndBackwards(int size) {
        List<String> newestFirst = concat(NEWEST_FIRST, reverse(UNDATED));
        List<String> oldestFirst = concat(reverse(NEWEST_FIRST), UNDATED);
        assertEquals(newestFirst, ok(KEYS, Map.of("first", 100)).getList("data.meetings.nodes.key"));
        assertWalks(newestFirst, size, Map.of());
        assertWalks(oldestFirst, size, Map.of("orderBy", Map.of("direction", "ASC")));
        // newest first up to `date.to` is read in branches: known earliest day, "before D", undated
        Map<String, Object> filter = Map.of("date", Map.of("from", "2018-01-01", "to", "2026-01-01"),
                "includeUndated", true);
        List<String> inRange = concat(NEWEST_FIRST, reverse(UNDATED));
        assertWalks(inRange, size, Map.of("filter", filter));
        Map<String, Object> within2018 = Map.of("date", Map.of("from", "2018-01-01", "to", "2019-01-01"));
        assertWalks(List.of("mwg-2", "swing-jalala"), size, Map.of("filter", within2018));
    }

    @Test
    void aCursorIsAPositionNotAnIndex() {
        Map<String, Object> oldestFirst = Map.of("orderBy", Map.of("direction", "ASC"));
        Map<String, Object> firstEight = new HashMap<>(oldestFirst);
        firstEight.put("first", 8);
        JsonPath all = ok(KEYS, firstEight);
        assertEquals("zz-undated-1", all.getString("data.meetings.edges[6].node.key"));
        String cursor = all.getString("data.meetings.edges[6].cursor");
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "DELETE FROM meeting WHERE key = 'zz-undated-1'").executeUpdate());
        try {
            // the meeting the cursor points at is gone: the next page still starts right behind where it was
            Map<String, Object> next = new HashMap<>(oldestFirst);
            next.put("after", cursor);
            assertEquals(List.of("zz-undated-2"), ok(KEYS, next).getList("data.meetings.nodes.key"));
        } finally {
            removeUndatedMeetings();
            addUndatedMeetings();
        }
    }

    /** Walks the list forwards page by page and backwards from its end, and expects {@code expected} both ways. */
    private static void assertWalks(List<String> expected, int size, Map<String, Object> arguments) {
        assertEquals(expected, walk(expected.size(), size, arguments, false), "forwards in pages of " + size + " "
                + arguments);
        assertEquals(expected, walk(expected.size(), size, arguments, true), "backwards in pages of " + size + " "
                + arguments);
    }

    /**
     * The keys met walking pages of {@code size} from the start ({@code first/after}) or from the end
     * ({@code last/before}), in list order; every page but the first must say that the walk came from a cursor.
     */
    private static List<String> walk(int listSize, int size, Map<String, Object> arguments, boolean backwards) {
        List<String> keys = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        for (int page = 0; more; page++) {
            Map<String, Object> variables = new HashMap<>(arguments);
            variables.put(backwards ? "last" : "first", size);
            if (cursor != null) {
                variables.put(backwards ? "before" : "after", cursor);
            }
            JsonPath json = ok(KEYS, variables);
            keys.addAll(backwards ? 0 : keys.size(), json.getList("data.meetings.nodes.key"));
            String pageInfo = "data.meetings.pageInfo.";
            assertEquals(page > 0, json.getBoolean(pageInfo + (backwards ? "hasNextPage" : "hasPreviousPage")));
            cursor = json.getString(pageInfo + (backwards ? "startCursor" : "endCursor"));
            more = json.getBoolean(pageInfo + (backwards ? "hasPreviousPage" : "hasNextPage"));
            assertTrue(page <= listSize, "the walk ends");
        }
        return keys;
    }

    private static List<String> reverse(List<String> list) {
        List<String> reversed = new ArrayList<>(list);
        Collections.reverse(reversed);
        return reversed;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }
}
