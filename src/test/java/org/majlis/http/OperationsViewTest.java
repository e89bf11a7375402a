package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.majlis.graphql.GraphQLClient.post;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What operators see: request ids on every answer, Prometheus metrics per GraphQL operation, health. */
@QuarkusTest
class OperationsViewTest {

    @Test
    void aCallersRequestIdIsEchoedAndAMissingOneIsMade() {
        given().header("X-Request-Id", "mobile-42").queryParam("query", "{ __typename }")
                .when().get("/graphql").then().statusCode(200).header("X-Request-Id", "mobile-42");
        given().queryParam("query", "{ __typename }")
                .when().get("/graphql").then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "no spaces or <tags>").queryParam("query", "{ __typename }")
                .when().get("/graphql").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void eachOperationIsCountedAndTimedByNameAndOutcome() {
        post("query DashboardCount { meetings { totalCount } }", Map.of());
        post("query DashboardCount { meetings(first: 0) { totalCount } }", Map.of());
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("graphql_operation_seconds_count{operation=\"DashboardCount\",outcome=\"ok\"}"))
                .body(containsString("graphql_operation_seconds_count{operation=\"DashboardCount\",outcome=\"error\"}"));
    }

    @Test
    void livenessAndReadinessAreUpWithTheDatabase() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("checks[0].name", equalTo("PostgreSQL"))
                .body("checks[0].status", equalTo("UP"));
    }
}
