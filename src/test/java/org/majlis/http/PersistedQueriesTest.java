package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Apollo's automatic persisted queries, and the mobile app's committed operations. */
@QuarkusTest
class PersistedQueriesTest {
    static final Path MOBILE = Path.of("clients/mobile");

    static Map<String, Object> persisted(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    @Test
    void theHashFirstFlowRegistersAnUnknownQuery() {
        String query = "{ people(first: 3) { nodes { key } } }";
        String hash = PersistedQueries.sha256(query);
        // 1. hash only: unknown
        given().contentType(ContentType.JSON).body(Map.of("extensions", persisted(hash)))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        // 2. the client sends text and hash: answered and registered
        given().contentType(ContentType.JSON).body(Map.of("query", query, "extensions", persisted(hash)))
                .when().post("/graphql")
                .then().statusCode(200).body("data.people.nodes.size()", equalTo(3));
        // 3. from now on the hash alone works, over POST and over a cacheable GET
        given().contentType(ContentType.JSON).body(Map.of("extensions", persisted(hash)))
                .when().post("/graphql").then().statusCode(200).body("data.people.nodes.size()", equalTo(3));
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .when().get("/graphql").then().statusCode(200).body("data.people.nodes.size()", equalTo(3));
    }

    @Test
    void aHashThatIsNotTheQuerysIsRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename }", "extensions", persisted(PersistedQueries.sha256("{ x }"))))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_HASH_MISMATCH"));
    }

    @Test
    void committedOperationsRunByHashAlone() throws IOException {
        String cards = Files.readString(MOBILE.resolve("MeetingCards.graphql"), StandardCharsets.UTF_8);
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + PersistedQueries.sha256(cards) + "\"}}").queryParam("variables", "{\"first\": 20}")
                .when().get("/graphql")
                .then().statusCode(200).body("data.meetings.nodes.size()", equalTo(6));
    }

    @Test
    void everyCommittedOperationIsValidAgainstTheCommittedSchema() throws IOException {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(Path.of("schema.graphql"), StandardCharsets.UTF_8)));
        try (Stream<Path> files = Files.list(MOBILE)) {
            List<Path> operations = files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList();
            assertTrue(operations.size() >= 3, "the mobile app's operations: " + operations);
            for (Path file : operations) {
                Document document = new Parser().parseDocument(Files.readString(file, StandardCharsets.UTF_8));
                List<ValidationError> errors = new Validator().validateDocument(schema, document, Locale.ENGLISH);
                assertEquals(List.of(), errors, file.toString());
            }
        }
    }
}
