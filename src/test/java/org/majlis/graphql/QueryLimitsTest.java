package org.majlis.graphql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.majlis.graphql.GraphQLClient.ok;
import static org.majlis.graphql.GraphQLClient.post;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Queries past the limits are refused with a code, before any SQL runs; ordinary and introspection queries pass. */
@QuarkusTest
class QueryLimitsTest {
    @Inject
    SessionFactory sessionFactory;

    private JsonPath refusedWithoutSql(String query, String code, String messagePart) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        JsonPath json = post(query, Map.of()).extract().jsonPath();
        assertEquals(code, json.getString("errors[0].extensions.code"), json.prettify());
        assertThat(json.getString("errors[0].message"), containsString(messagePart));
        assertThat(json.get("data"), nullValue());
        assertEquals(0, statistics.getPrepareStatementCount(), "no SQL may run for a refused query");
        return json;
    }

    @Test
    void tooDeep() {
        String deep = "{ meetings { nodes { participants { person { participations { meeting { participants"
                + " { person { participations { meeting { key } } } } } } } } } } }";
        refusedWithoutSql(deep, "QUERY_TOO_DEEP", "The query is 11 levels deep; at most 10 are allowed");
    }

    @Test
    void tooManyAliases() {
        String aliases = IntStream.range(0, 16).mapToObj(i -> "a" + i + ": __typename").collect(Collectors.joining(" "));
        refusedWithoutSql("{ " + aliases + " }", "TOO_MANY_ALIASES", "The query uses 16 aliases; at most 15");
    }

    @Test
    void nestedConnectionsMultiplyTheirCost() {
        // 100 organisations x 100 meetings x ~5 participants x ~5 evidence quotes
        refusedWithoutSql("{ organisations(first: 100) { nodes { meetings(first: 100) { participants { evidence"
                + " { quote } } } } } }", "QUERY_TOO_COMPLEX",
                "The query could return about 310200 objects; at most 100000 are allowed");
    }

    @Test
    void variablesCountInTheCost() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        String query = "query($n: Int) { organisations(first: $n) { nodes { meetings(first: $n) { participants"
                + " { evidence { quote } } } } } }";
        JsonPath refused = post(query, Map.of("n", 100)).extract().jsonPath();
        assertEquals("QUERY_TOO_COMPLEX", refused.getString("errors[0].extensions.code"));
        assertEquals(0, statistics.getPrepareStatementCount());
        ok(query, Map.of("n", 5));
    }

    /** Every successful answer reports its cost and the limit, on both read paths (compared byte for byte). */
    @Test
    void successfulAnswersReportTheirCost() {
        // organisations 5 + their nodes 5 + 5 meetings each 25 + about 5 participants each 125
        String query = "query($n: Int) { organisations(first: $n) { nodes { key meetings(first: $n) { participants"
                + " { role } } } } }";
        JsonPath json = ok(query, Map.of("n", 5));
        assertEquals(160, json.getInt("extensions.cost.requestedQueryCost"), json.prettify());
        assertEquals(100000, json.getInt("extensions.cost.maximumQueryCost"));
        JsonPath compiled = ok("{ meetings(first: 2) { nodes { key } } }");
        assertEquals(4, compiled.getInt("extensions.cost.requestedQueryCost"), "a page of 2 and its 2 nodes");
        JsonPath refused = refusedWithoutSql("{ organisations(first: 100) { nodes { meetings(first: 100) {"
                + " participants { evidence { quote } } } } } }", "QUERY_TOO_COMPLEX", "310200 objects");
        assertThat(refused.get("extensions.cost"), nullValue());
    }

    @Test
    void theStandardIntrospectionQueryStillWorks() {
        JsonPath json = ok(GraphQLClient.document("introspection"));
        assertThat(json.getList("data.__schema.types.name").toString(), containsString("Meeting"));
    }

    @Test
    void ordinaryDeepQueriesPass() {
        ok(GraphQLClient.document("allEvidence"));
    }
}
