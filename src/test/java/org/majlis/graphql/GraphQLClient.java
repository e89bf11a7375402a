package org.majlis.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    /** The request header that forces the resolver path, and the response header naming the path that answered. */
    public static final String ENGINE = "X-Majlis-Engine";

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

    /**
     * Sends the document twice, as served and with the resolvers forced ({@value #ENGINE}: resolvers), and requires
     * byte-identical bodies: every test document is a differential test of the compiled read path.
     */
    public static ValidatableResponse post(String query, Map<String, ?> variables) {
        return post(query, variables, Map.of());
    }

    /** {@link #post(String, Map)} with these request headers on both requests (e.g. a browser's {@code Origin}). */
    public static ValidatableResponse post(String query, Map<String, ?> variables, Map<String, String> headers) {
        Map<String, Object> body = body(query, variables);
        ValidatableResponse served = given().headers(headers).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(body).when().post("/graphql").then().statusCode(200);
        String resolvers = given().headers(headers).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header(ENGINE, "resolvers").body(body).when().post("/graphql").then().statusCode(200).extract()
                .asString();
        String answer = served.extract().asString();
        boolean compiled = compiled(served);
        assertEquals(resolvers, answer, () -> "the " + (compiled ? "compiled path" : "second run") + " and the"
                + " resolvers answer differently for\n" + query + "\nwith variables " + variables);
        return served;
    }

    /** Runs the query once on the resolver path, asserting no errors (for tests that count what the resolvers cost). */
    public static JsonPath okOnResolvers(String query, Map<String, ?> variables) {
        Map<String, Object> body = body(query, variables);
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header(ENGINE, "resolvers").body(body)
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue()).extract().jsonPath();
    }

    /** Whether the compiled path answered (the response header the test profile adds). */
    public static boolean compiled(ValidatableResponse response) {
        return "compiled".equals(response.extract().header(ENGINE));
    }

    private static Map<String, Object> body(String query, Map<String, ?> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables == null ? Map.of() : variables);
        return body;
    }

    /** Sends the document once, as served (for tests that count what one request costs). */
    public static ValidatableResponse postOnce(String query, Map<String, ?> variables) {
        Map<String, Object> body = body(query, variables);
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
