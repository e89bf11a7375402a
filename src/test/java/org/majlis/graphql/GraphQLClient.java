package org.majlis.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Sends real GraphQL documents to the running service over HTTP, as a client would. */
public final class GraphQLClient {
    private GraphQLClient() {
    }

    /** A document from src/test/resources/graphql/NAME.graphql. */
    public static String document(String name) {
        try (InputStream in = GraphQLClient.class.getResourceAsStream("/graphql/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("no test document graphql/" + name + ".graphql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ValidatableResponse post(String query, Map<String, ?> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables == null ? Map.of() : variables);
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/graphql").then().statusCode(200);
    }

    /** Runs the query, asserts it produced no errors, and returns the whole response for JSON-path reads. */
    public static JsonPath ok(String query, Map<String, ?> variables) {
        return post(query, variables).body("errors", nullValue()).extract().jsonPath();
    }

    public static JsonPath ok(String query) {
        return ok(query, Map.of());
    }

    /** Runs the query, expecting GraphQL errors; returns the response. */
    public static JsonPath failing(String query, Map<String, ?> variables) {
        return post(query, variables).extract().jsonPath();
    }

    /** The global id the API gives the object of this type and key. */
    public static String id(String type, String key) {
        return GlobalId.of(type, key);
    }
}
