package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.majlis.graphql.GraphQLClient.post;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.majlis.graphql.OperationMetrics;
import org.junit.jupiter.api.Test;

/**
 * What operators see: request ids on every answer, Prometheus metrics per GraphQL operation, health; the last two
 * on the management port only, never on the public one.
 */
@QuarkusTest
class OperationsViewTest {
    private final String management = "http://127.0.0.1:"
            + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class) + "/q";

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
        given().when().get(management + "/metrics").then().statusCode(200)
                .body(containsString("graphql_operation_seconds_count{client=\"none\",operation=\"DashboardCount\",outcome=\"ok\"}"))
                .body(containsString("graphql_operation_seconds_count{client=\"none\",operation=\"DashboardCount\",outcome=\"error\"}"));
    }

    @Test
    void compiledAnswersAreCountedByTheClientThatNamedItselfWhenItIsListed() {
        for (String client : new String[] {"mobile", "mobile", "made-up-name", ""}) {
            given().header(OperationMetrics.CLIENT_HEADER, client).contentType("application/json")
                    .body("{\"query\": \"query ClientCount { meetings { totalCount } }\"}").when().post("/graphql")
                    .then().statusCode(200).header("X-Majlis-Engine", "compiled");
        }
        String metrics = given().when().get(management + "/metrics").then().statusCode(200).extract().asString();
        assertEquals(2, count(metrics, "client=\"mobile\",operation=\"ClientCount\",outcome=\"ok\""), metrics);
        // a name the configuration does not list is "other": clients cannot add values to the label
        assertEquals(1, count(metrics, "client=\"other\",operation=\"ClientCount\",outcome=\"ok\""), metrics);
        assertEquals(1, count(metrics, "client=\"none\",operation=\"ClientCount\",outcome=\"ok\""), metrics);
    }

    private static int count(String metrics, String labels) {
        return metrics.lines().filter(line -> line.startsWith("graphql_operation_seconds_count{" + labels + "}"))
                .mapToInt(line -> (int) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    @Test
    void livenessAndReadinessAreUpWithTheDatabase() {
        given().when().get(management + "/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(management + "/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'PostgreSQL' }.status", equalTo("UP"));
    }

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().when().get(path).then().statusCode(404);
        }
        given().when().get(management + "/health/ready").then().statusCode(200);
    }
}
