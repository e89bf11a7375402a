package org.majlis.graphql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A request that runs past `majlis.graphql.timeout` is stopped with QUERY_TIMEOUT (here the limit is 1 ms). */
@QuarkusTest
@TestProfile(QueryTimeoutTest.OneMillisecond.class)
class QueryTimeoutTest {

    public static class OneMillisecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("majlis.graphql.timeout", "PT0.001S");
        }
    }

    @Test
    void aQueryPastTheTimeLimitIsStopped() {
        // the nested fields are fetched after the root field's SQL, so well past 1 ms; the compiled path, past
        // the limit too, leaves the request to the resolvers, which stop it. Sent once: where the deadline
        // strikes, and so the errors' paths, differ from run to run.
        var response = GraphQLClient.postOnce("{ meetings(first: 5) { nodes { participants { person { key } } } } }",
                Map.of()).extract();
        JsonPath json = response.jsonPath();
        assertThat(json.prettify(), json.getList("errors.extensions.code"), hasItem("QUERY_TIMEOUT"));
        assertEquals("resolvers", response.header(GraphQLClient.ENGINE));
    }
}
