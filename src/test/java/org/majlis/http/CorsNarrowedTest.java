package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.majlis.http.CorsTest.QUERY;
import static org.majlis.http.CorsTest.readableBy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQLClient;

/**
 * CORS narrowed to a list of origins with {@code MAJLIS_CORS_ORIGINS}: a listed origin is answered (with its own
 * origin, still without credentials), any other is refused with 403 before GraphQL runs, preflight or not.
 */
@QuarkusTest
@TestProfile(CorsNarrowedTest.TwoOrigins.class)
class CorsNarrowedTest {
    private static final String LISTED = "http://127.0.0.1:5173";
    private static final String OTHER = "https://elsewhere.example";

    public static class TwoOrigins implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("MAJLIS_CORS_ORIGINS", "https://dashboard.example, " + LISTED);
        }
    }

    @Test
    void aListedOriginIsAnswered() {
        readableBy(given().header("Origin", LISTED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql").then().statusCode(200), LISTED);
        readableBy(GraphQLClient.post(QUERY, Map.of(), Map.of("Origin", LISTED)), LISTED)
                .header("Access-Control-Allow-Credentials", equalTo("false"))
                .body("data.meetings.totalCount", equalTo(6));
    }

    @Test
    void anyOtherOriginIsRefusedBeforeGraphqlRuns() {
        given().header("Origin", OTHER).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", OTHER).contentType("application/json").body("{\"query\": \"" + QUERY + "\"}")
                .when().post("/graphql")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", "Origin").body(emptyOrNullString());
    }

    @Test
    void requestsWithoutOriginAreNotCrossOriginAndAreAnswered() {
        given().queryParam("query", QUERY).when().get("/graphql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue())
                .body("data.meetings.totalCount", equalTo(6));
    }
}
