package org.majlis.health;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.majlis.graphql.GraphQLClient;

/**
 * A restart of PostgreSQL ends every backend, and one running a statement answers it with SQL state 57P01
 * ("terminating connection due to administrator command"). A request caught so says that the database is
 * unavailable, as during the outage itself, never that majlis failed; the next request is answered.
 */
@QuarkusTest
class TerminatedConnectionsTest {
    private static final String QUERY = "{ meetings(first: 2) { totalCount nodes { key } } }";

    @ParameterizedTest
    @ValueSource(strings = {"resolvers", "compiled"})
    void aRequestWhoseBackendIsEndedSaysTheDatabaseIsUnavailable(String engine) throws Exception {
        try (Connection writer = connect(); Connection admin = connect()) {
            writer.setAutoCommit(false);
            try (Statement lock = writer.createStatement()) {
                lock.execute("LOCK TABLE meeting IN ACCESS EXCLUSIVE MODE"); // the request's statement waits here
            }
            CompletableFuture<JsonPath> request = CompletableFuture.supplyAsync(() -> answer(engine));
            int ended = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            // a compiled request that fails is run again on the resolvers: end that one's backend too
            while (!request.isDone() && System.nanoTime() < deadline) {
                ended += endWaitingBackends(admin);
                Thread.sleep(20);
            }
            writer.rollback();
            JsonPath response = request.get(5, TimeUnit.SECONDS);
            assertTrue(ended > 0, "no waiting backend of majlis was ended");
            assertEquals("SERVICE_UNAVAILABLE", response.getString("errors[0].extensions.code"), response.prettify());
            assertEquals("The database is unavailable; please retry in a few seconds.",
                    response.getString("errors[0].message"));
        }
        assertEquals(2, answer(engine).getList("data.meetings.nodes").size(), "the next request is answered");
    }

    private static JsonPath answer(String engine) {
        return given().contentType(ContentType.JSON).header(GraphQLClient.ENGINE, engine)
                .body(Map.of("query", QUERY)).when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    private static int endWaitingBackends(Connection admin) throws Exception {
        try (Statement statement = admin.createStatement(); ResultSet ended = statement.executeQuery(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND wait_event_type = 'Lock'"
                        + " AND application_name LIKE 'majlis-test%' AND pid <> pg_backend_pid()")) {
            ended.next();
            return ended.getInt(1);
        }
    }

    private static Connection connect() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
