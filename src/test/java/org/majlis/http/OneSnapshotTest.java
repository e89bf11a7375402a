package org.majlis.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.majlis.graphql.GraphQLClient.id;
import static org.majlis.graphql.GraphQLClient.ok;
import static org.majlis.graphql.GraphQLClient.okOnResolvers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A request reads one snapshot of the database: a change committed while it runs, between its first statement
 * and a later batch, is not in its answer (it was, when every resolver had its own transaction).
 */
@QuarkusTest
class OneSnapshotTest {
    private static final String QUERY = "query($id: ID!) { meeting(id: $id) { title { en }"
            + " participants { person { key name { en } } } } }";

    @Test
    void aChangeCommittedDuringARequestIsNotInItsAnswer() throws Exception {
        Map<String, String> vars = Map.of("id", id("Meeting", "mwg-2"));
        String before = ok(QUERY, vars).getString("data.meeting.participants.find { it.person.key == 'louai-al-turjman' }.person.name.en");
        try (Connection writer = connect(); Connection observer = connect()) {
            writer.setAutoCommit(false);
            try (Statement lock = writer.createStatement()) {
                // the request's first statement (the meeting) passes; its participations batch waits here
                lock.execute("LOCK TABLE participation IN ACCESS EXCLUSIVE MODE");
            }
            // the resolver path: several statements in one transaction (a compiled request is one statement, so
            // one snapshot by construction)
            CompletableFuture<JsonPath> request = CompletableFuture.supplyAsync(() -> okOnResolvers(QUERY, vars));
            awaitWaitingOnALock(observer);
            try (Statement change = writer.createStatement()) {
                change.executeUpdate("UPDATE person SET name_en = 'Renamed during the request'"
                        + " WHERE key = 'louai-al-turjman'");
            }
            writer.commit();
            JsonPath answer = request.get(20, TimeUnit.SECONDS);
            assertEquals(before, answer.getString(
                    "data.meeting.participants.find { it.person.key == 'louai-al-turjman' }.person.name.en"),
                    "the answer mixes two versions of the data: " + answer.prettify());
            assertEquals("Renamed during the request", ok(QUERY, vars).getString(
                    "data.meeting.participants.find { it.person.key == 'louai-al-turjman' }.person.name.en"),
                    "the next request sees the change");
        } finally {
            try (Connection restore = connect(); PreparedStatement update = restore.prepareStatement(
                    "UPDATE person SET name_en = ? WHERE key = 'louai-al-turjman'")) {
                update.setString(1, before);
                update.executeUpdate();
            }
        }
    }

    private static void awaitWaitingOnALock(Connection observer) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Statement statement = observer.createStatement(); ResultSet waiting = statement.executeQuery(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                            + " AND wait_event_type = 'Lock' AND application_name LIKE 'majlis%'")) {
                waiting.next();
                if (waiting.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        fail("the request never waited on the locked table");
    }

    private static Connection connect() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
