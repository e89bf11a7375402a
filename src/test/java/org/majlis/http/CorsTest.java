package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQLClient;

/**
 * CORS with the default settings: a page of any origin may call the API, without credentials; a JSON POST's preflight
 * is answered; the headers a client needs are exposed; every answer, refusals included, carries the CORS headers
 * and says {@code Vary: Origin}.
 */
@QuarkusTest
class CorsTest {
    static final String PAGE = "https://dashboard.example";
    static final String QUERY = "{ meetings(first: 2) { totalCount nodes { key } } }";

    /** The headers every cross-origin answer must carry for the page to read it. */
    static ValidatableResponse readableBy(ValidatableResponse response, String origin) {
        return response.header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Credentials", either(nullValue()).or(equalTo("false")))
                .header("Access-Control-Expose-Headers", "ETag,X-Request-Id,Retry-After")
                .header("Vary", containsString("Origin"));
    }

    @Test
    void theJsonPostPreflightIsAnswered() {
        readableBy(given().header("Origin", PAGE).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-request-id")
                .when().options("/graphql")
                .then().statusCode(200), PAGE)
                .header("Access-Control-Allow-Methods", "GET,HEAD,POST")
                .header("Access-Control-Allow-Headers", "content-type,x-request-id")
                .header("Access-Control-Max-Age", "7200")
                .body(emptyOrNullString());
    }

    @Test
    void aPreflightForAMethodTheApiDoesNotTakeListsOnlyItsOwn() {
        given().header("Origin", PAGE).header("Access-Control-Request-Method", "DELETE")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Methods", "GET,HEAD,POST");
        given().header("Origin", PAGE).when().delete("/graphql").then().statusCode(403);
    }

    @Test
    void aPostAnswerIsReadableByThePage() {
        readableBy(GraphQLClient.post(QUERY, Map.of(), Map.of("Origin", PAGE)), PAGE)
                .header("X-Request-Id", not(emptyOrNullString()))
                .body("data.meetings.totalCount", equalTo(6));
    }

    @Test
    void aGetAnswerAndItsRevalidationExposeTheETag() {
        String etag = readableBy(given().header("Origin", PAGE).queryParam("query", QUERY)
                .when().get("/graphql")
                .then().statusCode(200), PAGE)
                .header("Vary", "Accept, Accept-Encoding, Origin")
                .body("data.meetings.nodes[0].key", equalTo("abunteisha-pope"))
                .extract().header("ETag");
        readableBy(given().header("Origin", PAGE).header("If-None-Match", etag).queryParam("query", QUERY)
                .when().get("/graphql")
                .then().statusCode(304), PAGE)
                .header("ETag", etag);
    }

    @Test
    void refusalsBeforeGraphqlRunsAreReadableByThePage() {
        readableBy(given().header("Origin", PAGE).contentType("application/json").body("{\"query\": ")
                .when().post("/graphql").then().statusCode(400), PAGE)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        readableBy(given().header("Origin", PAGE)
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("text/plain", ContentType.TEXT)))
                .contentType("text/plain").body("{\"query\": \"{ __typename }\"}")
                .when().post("/graphql").then().statusCode(415), PAGE)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        readableBy(given().header("Origin", PAGE).queryParam("query", "mutation { __typename }")
                .when().get("/graphql").then().statusCode(405), PAGE)
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        readableBy(given().header("Origin", PAGE).contentType("application/json")
                .body("{\"query\": \"{ __typename }\"}" + " ".repeat(1_100_000))
                .when().post("/graphql").then().statusCode(413), PAGE);
    }

    @Test
    void graphqlErrorsAreReadableByThePage() {
        readableBy(GraphQLClient.post("{ meetings(first: 500) { totalCount } }", Map.of(), Map.of("Origin", PAGE)),
                PAGE).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void theSchemaAndGraphiqlAreCoveredToo() {
        readableBy(given().header("Origin", PAGE).when().get("/graphql/schema.graphql").then().statusCode(200), PAGE);
        readableBy(given().header("Origin", PAGE).when().get("/graphiql").then().statusCode(200), PAGE);
    }

    @Test
    void anAnswerWithoutOriginStillVariesByOrigin() {
        given().queryParam("query", QUERY)
                .when().get("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", "Accept, Accept-Encoding, Origin");
    }
}
