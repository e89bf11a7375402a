package org.majlis.startup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Start-up against the test database as operators meet it: two instances at once on an empty database, and a
 * Liquibase lock left behind by a migrator that was killed.
 */
class MigrationIT {
    private static final String DB = System.getenv().getOrDefault("MAJLIS_TEST_DB_NAME", "majlis_test");
    private static final Map<String, String> ENV = Map.of("MAJLIS_DB_NAME", DB);

    private static Connection connect() throws SQLException {
        String host = System.getenv().getOrDefault("MAJLIS_DB_HOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("MAJLIS_DB_PORT", "5432");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + DB,
                System.getenv().getOrDefault("MAJLIS_DB_USER", "majlis"),
                System.getenv().getOrDefault("MAJLIS_DB_PASSWORD", "majlis"));
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void twoInstancesStartedAtOnceOnAnEmptyDatabaseShareOneSchema() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        try (PackagedApp first = PackagedApp.start(ENV); PackagedApp second = PackagedApp.start(ENV)) {
            assertTrue(first.awaitListening(Duration.ofSeconds(90)), first.output());
            assertTrue(second.awaitListening(Duration.ofSeconds(90)), second.output());
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertEquals(count(statement, "SELECT count(DISTINCT id) FROM databasechangelog"),
                    count(statement, "SELECT count(*) FROM databasechangelog"), "each changeset applied once");
            assertEquals(5, count(statement, "SELECT count(*) FROM source_document"));
            assertEquals(6, count(statement, "SELECT count(*) FROM meeting"));
        }
    }

    @Test
    void aLockLeftByAKilledMigratorIsReleasedNotWaitedOn() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            // the schema exists (the surefire tests migrated it); fake a migrator killed mid-run
            statement.executeUpdate("UPDATE databasechangeloglock SET locked = true, lockgranted = now(),"
                    + " lockedby = 'killed-host (10.0.0.9)'");
        }
        long started = System.nanoTime();
        try (PackagedApp app = PackagedApp.start(ENV)) {
            assertTrue(app.awaitListening(Duration.ofSeconds(90)), app.output());
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            assertTrue(seconds < 60, "start-up took " + seconds + " s");
            assertThat(app.output(), containsString("Releasing a stale Liquibase lock held by killed-host (10.0.0.9)"));
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertEquals(0, count(statement, "SELECT count(*) FROM databasechangeloglock WHERE locked"));
        }
    }
}
