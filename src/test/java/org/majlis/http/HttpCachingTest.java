package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;

/** Queries over GET: cacheable answers with a strong ETag, 304 on revalidation, gzip, and never a mutation. */
@QuarkusTest
class HttpCachingTest {
    private static final String QUERY = "{ meetings(first: 2) { nodes { key } } }";

    @Test
    void aGetQueryIsAnsweredWithCacheHeaders() {
        given().queryParam("query", QUERY)
                .when().get("/graphql")
                .then().statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{43}\""))
                .header("Cache-Control", "public, max-age=60")
                .body("data.meetings.nodes[0].key", equalTo("abunteisha-pope"));
    }

    @Test
    void revalidationWithTheSameETagGets304() {
        String etag = given().queryParam("query", QUERY).when().get("/graphql").then().statusCode(200)
                .extract().header("ETag");
        given().queryParam("query", QUERY).header("If-None-Match", etag)
                .when().get("/graphql")
                .then().statusCode(304).header("ETag", etag);
        given().queryParam("query", QUERY).header("If-None-Match", "\"stale\"")
                .when().get("/graphql").then().statusCode(200);
    }

    @Test
    void variablesAndOperationNameTravelInTheUrl() {
        given().queryParam("query", "query A { x: __typename } query Keys($n: Int) { meetings(first: $n) { nodes { key } } }")
                .queryParam("operationName", "Keys").queryParam("variables", "{\"n\": 1}")
                .when().get("/graphql")
                .then().statusCode(200).body("data.meetings.nodes.size()", equalTo(1));
    }

    @Test
    void answersWithErrorsAreNotCached() {
        given().queryParam("query", "{ meetings(first: 500) { totalCount } }")
                .when().get("/graphql")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void mutationsAreNeverRunOverGet() {
        given().queryParam("query", "mutation { __typename }")
                .when().get("/graphql")
                .then().statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void malformedVariablesInAGetAreABadRequest() {
        given().queryParam("query", QUERY).queryParam("variables", "{not json")
                .when().get("/graphql")
                .then().statusCode(400).body("errors[0].message", equalTo("`variables` must be a JSON object."));
    }

    @Test
    void answersAreGzippedForClientsThatAcceptIt() {
        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").queryParam("query", QUERY)
                .when().get("/graphql")
                .then().statusCode(200).header("Content-Encoding", "gzip");
    }
}
