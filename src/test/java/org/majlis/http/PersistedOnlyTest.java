package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With `majlis.graphql.persisted-only=true` only the committed operations run. */
@QuarkusTest
@TestProfile(PersistedOnlyTest.PersistedOnly.class)
class PersistedOnlyTest {

    public static class PersistedOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("majlis.graphql.persisted-only", "true");
        }
    }

    @Test
    void anArbitraryQueryIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ people { nodes { key } } }"))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_REQUIRED"));
    }

    @Test
    void anUnknownPersistedIdGetsAClearError() {
        given().contentType(ContentType.JSON)
                .body(Map.of("extensions", PersistedQueriesTest.persisted(PersistedQueries.sha256("{ people { totalCount } }"))))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aCommittedOperationRuns() throws IOException {
        String card = Files.readString(PersistedQueriesTest.MOBILE.resolve("OrganisationCard.graphql"),
                StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON).body(Map.of("variables", Map.of("id", "T3JnYW5pc2F0aW9uOmlvbQ"),
                "extensions", PersistedQueriesTest.persisted(PersistedQueries.sha256(card))))
                .when().post("/graphql")
                .then().statusCode(200).body("data.organisation.acronym", equalTo("IOM"));
    }
}
