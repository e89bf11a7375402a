package org.majlis.health;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.majlis.startup.PackagedApp;

/**
 * A request in flight when the service is told to stop still gets its answer before the process exits; and for the
 * shutdown delay before that, the service reports not-ready while it goes on answering (a balancer's drain).
 */
class GracefulShutdownIT {

    @Test
    void aRequestInFlightAtShutdownIsAnswered() throws Exception {
        try (FaultyProxy proxy = new FaultyProxy(Integer.parseInt(System.getenv().getOrDefault("MAJLIS_DB_PORT", "5432")));
                // the test database, with the seeds loaded by the app itself: the answer must not depend on what
                // an earlier run left in any database
                PackagedApp app = PackagedApp.start(Map.of("MAJLIS_DB_PORT", String.valueOf(proxy.port()),
                        "MAJLIS_DB_NAME", System.getenv().getOrDefault("MAJLIS_TEST_DB_NAME", "majlis_test")))) {
            assertTrue(app.awaitListening(Duration.ofSeconds(60)), app.output());
            String url = "http://127.0.0.1:" + app.port + "/graphql";
            given().get(app.health() + "/live").then().statusCode(200); // client warm

            proxy.hang(); // the next query waits on the database: a slow request
            CompletableFuture<Response> inFlight = CompletableFuture.supplyAsync(() -> given()
                    .contentType("application/json").body("{\"query\": \"{ meetings(first: 1) { totalCount } }\"}")
                    .post(url));
            Thread.sleep(1_000);
            app.terminate();
            Thread.sleep(1_000);
            proxy.thaw();

            Response response = inFlight.get(20, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), response.asString());
            assertEquals(6, response.jsonPath().getInt("data.meetings.totalCount"), response.asString());
            assertTrue(app.awaitExit(Duration.ofSeconds(20)), "the service did not stop:\n" + app.output());
        }
    }

    @Test
    void readinessTurnsDownAtOnceWhileTheServiceStillAnswers() throws Exception {
        try (PackagedApp app = PackagedApp.start(Map.of("MAJLIS_SEED_ENABLED", "false",
                "MAJLIS_DB_NAME", System.getenv().getOrDefault("MAJLIS_TEST_DB_NAME", "majlis_test")))) {
            assertTrue(app.awaitListening(Duration.ofSeconds(60)), app.output());
            String url = "http://127.0.0.1:" + app.port + "/graphql";
            given().get(app.health() + "/ready").then().statusCode(200);
            app.terminate();
            long started = System.nanoTime();
            Response ready;
            do {
                ready = given().get(app.health() + "/ready");
            } while (ready.statusCode() == 200 && System.nanoTime() - started < 1_000_000_000L);
            long notReady = (System.nanoTime() - started) / 1_000_000;
            assertEquals(503, ready.statusCode(), "still ready " + notReady + " ms after SIGTERM");
            Response answer = given().contentType("application/json")
                    .body("{\"query\": \"{ meetings(first: 1) { totalCount } }\"}").post(url);
            assertEquals(200, answer.statusCode(), answer.asString());
            assertTrue(app.awaitExit(Duration.ofSeconds(20)), "the service did not stop:\n" + app.output());
            System.out.printf("SIGTERM: not ready after %d ms, still answering meanwhile%n", notReady);
        }
    }
}
