package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.hamcrest.Matchers.matchesPattern;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.majlis.dataset.DatasetVersion;
import org.majlis.graphql.GraphQLClient;

/** Queries over GET: cacheable answers with a strong ETag, 304 on revalidation, gzip, and never a mutation. */
@QuarkusTest
class HttpCachingTest {
    private static final String QUERY = "{ meetings(first: 2) { nodes { key } } }";

    @Inject
    DatasetVersion versions;
    @Inject
    AgroalDataSource dataSource;

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
        // as fetch() sends it (with Cache-Control: no-cache, which is for caches between), and as a list with a weak tag
        given().queryParam("query", QUERY).header("If-None-Match", etag).header("Cache-Control", "no-cache")
                .when().get("/graphql").then().statusCode(304);
        given().queryParam("query", QUERY).header("If-None-Match", "\"other\", W/" + etag)
                .when().get("/graphql").then().statusCode(304);
    }

    /**
     * The ETag stands for the dataset version and the request: a revalidation of the current version is answered
     * before anything runs (neither read path is asked, so no engine header), and a new version makes a new answer.
     */
    @Test
    void aNewDatasetVersionChangesTheETagAndARevalidationRunsNothing() throws SQLException {
        versions.refresh();
        var first = given().queryParam("query", QUERY).when().get("/graphql").then().statusCode(200).extract();
        String etag = first.header("ETag");
        long version = first.jsonPath().getLong("extensions.dataVersion");
        assertEquals(versions.current(), version);
        given().queryParam("query", QUERY).header("If-None-Match", etag).when().get("/graphql")
                .then().statusCode(304).header("ETag", etag).header(GraphQLClient.ENGINE, nullValue());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO dataset_version VALUES (" + (version + 1) + ", now(), '"
                    + "0".repeat(64) + "', 0, 0, 0)");
            versions.refresh();
            var after = given().queryParam("query", QUERY).header("If-None-Match", etag).when().get("/graphql")
                    .then().statusCode(200).extract();
            assertNotEquals(etag, after.header("ETag"));
            assertEquals(version + 1, after.jsonPath().getLong("extensions.dataVersion"));
        } finally {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM dataset_version WHERE version = " + (version + 1));
            }
            versions.refresh();
        }
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
