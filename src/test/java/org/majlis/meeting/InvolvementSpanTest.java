package org.majlis.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.majlis.graphql.GraphQLClient.document;
import static org.majlis.graphql.GraphQLClient.id;
import static org.majlis.graphql.GraphQLClient.ok;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Roles and participations carry a copy of their meeting's date span (changeset 0015), which the organisation
 * filter with a date range reads through its own index: the copies must follow every load and every change.
 */
@QuarkusTest
class InvolvementSpanTest {
    private static final String KEYS = document("meetingKeys");

    @Test
    void everyRoleAndParticipationCarriesItsMeetingsSpan() {
        for (String table : List.of("meeting_organisation", "participation")) {
            Object[] counts = (Object[]) Panache.getEntityManager().createNativeQuery("SELECT count(*),"
                    + " count(*) FILTER (WHERE x.meeting_span IS DISTINCT FROM m.date_span) FROM " + table
                    + " x JOIN meeting m ON m.id = x.meeting_id").getSingleResult();
            assertTrue(((Number) counts[0]).longValue() > 5, table + " has rows");
            assertEquals(0L, ((Number) counts[1]).longValue(), table + " rows whose span differs from the meeting's");
        }
    }

    @Test
    void aMeetingMovedToAnotherYearIsFoundThereByItsOrganisations() {
        String organisation = (String) Panache.getEntityManager().createNativeQuery("SELECT o.key FROM organisation o"
                + " JOIN meeting_organisation mo ON mo.organisation_id = o.id JOIN meeting m ON m.id = mo.meeting_id"
                + " WHERE m.key = 'mwg-2' ORDER BY mo.position LIMIT 1").getSingleResult();
        Map<String, Object> in2019 = Map.of("first", 100, "filter", Map.of("organisation",
                Map.of("ids", List.of(id("Organisation", organisation))), "date", Map.of("from", "2019-01-01", "to",
                        "2020-01-01")));
        List<String> before = ok(KEYS, in2019).getList("data.meetings.nodes.key");
        assertFalse(before.contains("mwg-2"));
        // put back exactly the curated bounds afterwards, whatever they are
        Object[] bounds = (Object[]) Panache.getEntityManager().createNativeQuery(
                "SELECT CAST(date_earliest AS text), CAST(date_latest AS text) FROM meeting WHERE key = 'mwg-2'")
                .getSingleResult();
        move("mwg-2", "2019-05-01", "2019-05-01");
        try {
            List<String> after = ok(KEYS, in2019).getList("data.meetings.nodes.key");
            assertTrue(after.contains("mwg-2"), "found in 2019 after the move: " + after);
            assertEquals(before.size() + 1, ok(KEYS, in2019).getInt("data.meetings.totalCount"));
        } finally {
            move("mwg-2", (String) bounds[0], (String) bounds[1]);
        }
        assertEquals(before, ok(KEYS, in2019).getList("data.meetings.nodes.key"));
    }

    private static void move(String meeting, String earliest, String latest) {
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, Panache.getEntityManager().createNativeQuery(
                "UPDATE meeting SET date_earliest = CAST(:earliest AS date), date_latest = CAST(:latest AS date)"
                        + " WHERE key = :key").setParameter("earliest", earliest).setParameter("latest", latest)
                .setParameter("key", meeting).executeUpdate()));
    }
}
