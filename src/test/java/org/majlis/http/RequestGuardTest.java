package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTTP hygiene of POST /graphql: media type, size, JSON well-formedness and shape. */
@QuarkusTest
class RequestGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"})
    void crossSiteSimpleContentTypesAreRefused(String type) {
        given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.TEXT)
                        .encodeContentTypeAs("multipart/form-data", ContentType.TEXT)))
                .header("Content-Type", type).header("Origin", "http://evil.example")
                .body("{\"query\": \"{ __typename }\"}")
                .when().post("/graphql")
                .then().statusCode(415).body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType("application/json").body("{\"query\": \"{ __typename }\"")
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].message", equalTo("The request body is not valid JSON."));
    }

    @Test
    void deeplyNestedJsonIsABadRequest() {
        given().contentType("application/json").body("[".repeat(3000) + "]".repeat(3000))
                .when().post("/graphql").then().statusCode(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"query\": 42}", "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}",
        "{\"query\": \"{ __typename }\", \"variables\": []}", "{\"query\": \"{ __typename }\", \"operationName\": {}}",
        "[]", "\"query\""})
    void wronglyTypedFieldsAreBadRequestsNamingTheField(String body) {
        given().contentType("application/json").body(body)
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", not(containsString("Exception")));
    }

    @Test
    void bodiesOverOneMebibyteAreRefused() {
        String padding = " ".repeat(1_100_000);
        given().contentType("application/json").body("{\"query\": \"{ __typename }\"}" + padding)
                .when().post("/graphql").then().statusCode(413);
    }

    @Test
    void documentsWithTooManyTokensAreRefused() {
        String fields = "key ".repeat(6000);
        given().contentType("application/json").body("{\"query\": \"{ meetings { nodes { " + fields + "} } }\"}")
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("QUERY_TOO_LARGE"))
                .body("errors[0].message", containsString("at most 5000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=utf-8", "application/json, application/json"})
    void jsonIsAcceptedWithACharsetOrRepeated(String type) {
        // GraphiQL sends the repeated form
        given().header("Content-Type", type).body("{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql").then().statusCode(200).body("data.__typename", equalTo("Query"));
    }
}
