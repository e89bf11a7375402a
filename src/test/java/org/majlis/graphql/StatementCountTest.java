package org.majlis.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.majlis.graphql.GraphQLClient.ok;
import static org.majlis.graphql.GraphQLClient.okOnResolvers;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Child fields are batched: a request costs the same number of SQL statements whatever the page size
 * (counted by Hibernate's statistics, enabled in the test profile).
 */
@QuarkusTest
class StatementCountTest {
    private static final String DEEP = """
            query($first: Int) {
              meetings(first: $first, orderBy: {direction: ASC}) {
                totalCount
                nodes {
                  key
                  date { edtf evidence { quote } }
                  city { name { en } evidence { quote } }
                  document { slug publisher { key } }
                  evidence { quote document { slug } }
                  organisations { role organisation { key parent { key } aliases { text } } evidence { quote } }
                  participants { role person { key aliases { text } } organisation { key } evidence { quote } }
                  figures { key producer { key } evidence { quote } }
                }
              }
            }""";

    /** The benchmark's Q1 (bench/queries/majlis/Q1.graphql): a dashboard list of one organisation's year. */
    private static final String DASHBOARD = """
            query($org: ID!, $first: Int) {
              meetings(first: $first, filter: {organisation: {ids: [$org]}, date: {from: "2016-01-01", to: "2027-01-01"}}) {
                totalCount
                nodes {
                  id title { en } date { earliest latest precision } city { name { en } }
                  organisations { role organisation { name { en } } }
                  participants { role person { name { en } } }
                }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    private long statements(String query, Map<String, Object> variables) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        okOnResolvers(query, variables);
        return statistics.getPrepareStatementCount();
    }

    private long statements(int first) {
        return statements(DEEP, Map.of("first", first));
    }

    @Test
    void theDashboardListCostsSixStatementsOnTheResolversForPagesOf1Or20Or100() {
        // page with its count (the organisation's ids in a subquery), roles, their organisations, participations,
        // their people, and the dataset version of the snapshot they read (extensions.dataVersion)
        for (int first : new int[] {1, 20, 100}) {
            assertEquals(6, statements(DASHBOARD, Map.of("org", GlobalId.of("Organisation", "iom"), "first", first)),
                    "page size " + first);
        }
    }

    @Test
    void readsLeaveNothingToFlushOrCheck() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        okOnResolvers(DEEP, Map.of("first", 6));
        assertTrue(statistics.getEntityLoadCount() > 50, "entities were loaded: " + statistics.getEntityLoadCount());
        // read-only sessions (graphql.ReadOnly): no resolver's commit flushes
        assertEquals(0, statistics.getFlushCount(), "flushes");
        // one read-only transaction for the whole request (http.GraphqlExecutor), not one per resolver
        assertEquals(1, statistics.getTransactionCount(), "transactions");
    }

    @Test
    void deepMeetingPagesCostTheSameNumberOfStatementsWhateverTheirSize() {
        // oldest first, the first two meetings already hold every kind of child (figures with producers,
        // stated and inferred cities, participants acting for organisations), so every resolver runs
        statements(2); // warm-up
        long two = statements(2);
        assertEquals(two, statements(3), "page of 2 vs page of 3");
        assertEquals(two, statements(6), "page of 2 vs page of 6");
    }
}
