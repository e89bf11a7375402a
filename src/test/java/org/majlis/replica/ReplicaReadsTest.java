package org.majlis.replica;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.majlis.graphql.GraphQLClient;
import org.majlis.seed.SeedFolders;
import org.majlis.seed.SeedLoader;

/**
 * Reads on a real hot standby made by scripts/replica-setup from the test database's primary (scripts/test starts
 * it; MAJLIS_REPLICA_PORT, default 5433): API reads run on it, a load written on the primary reaches them after
 * replay, and every answer is one snapshot whose {@code extensions.dataVersion} is the version of its content, even
 * while the standby is behind. A standby that is stopped, or whose replay is paused past the bound (3 s here), is
 * left for the primary and used again once it is back; the requests that fail meanwhile are counted.
 */
@QuarkusTest
@TestProfile(ReplicaReadsTest.OnTheReplica.class)
class ReplicaReadsTest {
    /**
     * Health and metrics are on the management interface (its test port), not on the public one; read when a test
     * runs, since the test profile's configuration is not there yet when the class is loaded.
     */
    private static String management() {
        return "http://127.0.0.1:" + org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.management.test-port", Integer.class) + "/q";
    }
    static final String REPLICA = "127.0.0.1:" + System.getenv().getOrDefault("MAJLIS_REPLICA_PORT", "5433");
    static final String PRIMARY = System.getenv().getOrDefault("MAJLIS_DB_HOST", "127.0.0.1") + ":"
            + System.getenv().getOrDefault("MAJLIS_DB_PORT", "5432");
    private static final Duration MAX_LAG = Duration.ofSeconds(3);
    private static final String DOC_002 = "documents/002_3c0063343cd7b98a.yaml";
    private static final String MEETING = "query($id: ID!) { meeting(id: $id) { summary { en } } }";
    private static final Map<String, String> VARS = Map.of("id", GraphQLClient.id("Meeting", "icmpd-review-2020"));

    public static class OnTheReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("majlis.db.read-hosts", REPLICA + "," + PRIMARY,
                    "majlis.replica.max-lag", MAX_LAG.toMillis() + "ms",
                    "majlis.replica.check-interval", "250ms");
        }
    }

    @Inject
    SeedLoader loader;
    @TempDir
    Path copy;

    @BeforeEach
    void replicaStreamingAndUsed() throws Exception {
        replicaSetup("start");
        try (Connection replica = replicaAsSuperuser(); Statement statement = replica.createStatement()) {
            statement.execute("SELECT pg_wal_replay_resume()");
        }
        awaitReads("replicas", Duration.ofSeconds(15));
    }

    @AfterEach
    void restore() throws Exception {
        replicaSetup("start");
        try (Connection replica = replicaAsSuperuser(); Statement statement = replica.createStatement()) {
            statement.execute("SELECT pg_wal_replay_resume()");
        }
        loader.load(SeedFolders.SEEDS);
    }

    /** One answer: its data version and the meeting's summary, by the compiled path or the resolvers. */
    record Answer(long version, String summary) {
    }

    @Test
    void readsRunOnTheStandbyAndEachAnswerIsOneVersionWhileItIsBehind() throws Exception {
        Answer before = answer(false);
        assertEquals(before, answer(true), "both read paths give the same answer");
        try (Connection replica = replicaAsSuperuser(); Statement statement = replica.createStatement();
                ResultSet clients = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE application_name = 'majlis-test-read'")) {
            clients.next();
            assertTrue(clients.getInt(1) > 0, "the read pool has connections on the standby");
        }

        String metrics = given().when().get(management() + "/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("majlis_replica_lag_seconds{host=\"" + REPLICA + "\"} 0.0"), metrics);

        // a new version written on the primary while the standby's replay is paused: until the bound, reads stay
        // on the standby and answer the old version, content and dataVersion alike
        SeedFolders.copySeedsTo(copy);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectNode doc = (ObjectNode) yaml.readTree(copy.resolve(DOC_002).toFile());
        ((ObjectNode) doc.get("meetings").get(0).get("summary")).put("en", "Written while the replica waits.");
        yaml.writeValue(copy.resolve(DOC_002).toFile(), doc);
        replayedAllOfThePrimary();
        long paused = System.nanoTime();
        pauseReplay();
        loader.load(copy);
        Duration loadTook = Duration.ofNanos(System.nanoTime() - paused);
        assertTrue(loadTook.compareTo(MAX_LAG) < 0, "the load took " + loadTook + ", past the bound: nothing tested");
        assertEquals(before, answer(false), "the compiled path reads the standby, which has not replayed the load");
        assertEquals(before, answer(true), "the resolvers read the standby, which has not replayed the load");

        // past the bound the standby leaves the read set: the primary answers, with the new version
        Duration left = awaitReads("primary", MAX_LAG.plusSeconds(3));
        System.out.printf("replica: paused replay left the read set %d ms after the pause (bound %d ms)%n",
                Duration.ofNanos(System.nanoTime() - paused).toMillis(), MAX_LAG.toMillis());
        assertTrue(Duration.ofNanos(System.nanoTime() - paused).compareTo(MAX_LAG.plusSeconds(1)) < 0,
                "the lagging standby left the read set " + left + " late");
        Answer after = answer(false);
        assertEquals(new Answer(before.version() + 1, "Written while the replica waits."), after);
        assertEquals(after, answer(true));

        // replay resumed: the standby catches up, serves reads again, and answers the new version
        resumeReplay();
        Duration back = awaitReads("replicas", Duration.ofSeconds(5));
        System.out.printf("replica: back in the read set %d ms after replay resumed%n", back.toMillis());
        assertEquals(after, answer(false));
        assertEquals(after, answer(true));
    }

    @Test
    void aStoppedStandbyHandsReadsToThePrimaryWithin5sAndTakesThemBackWhenStarted() throws Exception {
        List<long[]> failures = new ArrayList<>(); // {nanoTime, status}
        long[] requests = new long[1];
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            boolean resolvers = i % 2 == 1;
            clients.submit(() -> {
                while (running.get()) {
                    Response response = send(resolvers);
                    synchronized (failures) {
                        requests[0]++;
                        if (response.statusCode() != 200 || response.asString().contains("\"errors\"")) {
                            failures.add(new long[] {System.nanoTime(), response.statusCode()});
                        }
                    }
                }
                return null;
            });
        }
        try {
            Thread.sleep(1000);
            long stopped = System.nanoTime();
            replicaSetup("stop");
            Duration moved = awaitReads("primary", Duration.ofSeconds(5));
            long settled = stopped + TimeUnit.SECONDS.toNanos(5);
            Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(settled - System.nanoTime())) + 1000);
            long started = System.nanoTime();
            replicaSetup("start");
            Duration back = awaitReads("replicas", Duration.ofSeconds(10));
            Thread.sleep(2000);
            running.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(20, TimeUnit.SECONDS));
            synchronized (failures) {
                long inWindow = failures.stream().filter(f -> f[0] >= stopped && f[0] < settled).count();
                System.out.printf("replica stop/start under 4 clients: %d requests, reads on the primary %d ms"
                        + " after the stop, %d failed within 5 s of it, %d outside; back on the standby %d ms"
                        + " after the start returned%n", requests[0], moved.toMillis(), inWindow,
                        failures.size() - inWindow, back.toMillis());
                List<String> outside = failures.stream().filter(f -> f[0] < stopped || f[0] >= settled)
                        .map(f -> "status " + f[1] + " at " + (f[0] - stopped) / 1_000_000 + " ms after the stop")
                        .toList();
                assertTrue(outside.isEmpty(), "requests failed outside the 5 s after the stop: " + outside);
                assertTrue(started > settled, "the start came after the window");
            }
        } finally {
            running.set(false);
            clients.shutdownNow();
        }
    }

    private static Answer answer(boolean resolvers) {
        JsonPath json = send(resolvers).then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), json.prettify());
        return new Answer(json.getLong("extensions.dataVersion"), json.getString("data.meeting.summary.en"));
    }

    private static Response send(boolean resolvers) {
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", MEETING, "variables", VARS));
        if (resolvers) {
            request.header(GraphQLClient.ENGINE, "resolvers");
        }
        return request.when().post("/graphql");
    }

    /** Waits until readiness says reads go there; returns how long it took. */
    private static Duration awaitReads(String where, Duration within) throws InterruptedException {
        long start = System.nanoTime();
        await(() -> where.equals(readChecks().getString("checks.find { it.name == 'PostgreSQL reads' }.data.reads")),
                within, () -> "reads never went to the " + where + ": " + readChecks().prettify());
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static JsonPath readChecks() {
        return given().when().get(management() + "/health/ready").then().extract().jsonPath();
    }

    private static void await(BooleanSupplier condition, Duration within, java.util.function.Supplier<String> why)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(why.get());
            }
            Thread.sleep(50);
        }
    }

    /** A commit on the primary, then wait until the standby has replayed it: its lag starts from now. */
    private static void replayedAllOfThePrimary() throws Exception {
        String lsn;
        try (Connection primary = primary(); Statement statement = primary.createStatement()) {
            statement.execute("SELECT txid_current()");
            // the insert position: a commit that wrote nothing else is not flushed at once (asynchronously)
            try (ResultSet row = statement.executeQuery("SELECT pg_current_wal_insert_lsn()")) {
                row.next();
                lsn = row.getString(1);
            }
        }
        try (Connection replica = replicaAsSuperuser(); Statement statement = replica.createStatement()) {
            await(() -> {
                try (ResultSet row = statement.executeQuery("SELECT pg_last_wal_replay_lsn() >= '" + lsn + "'")) {
                    row.next();
                    return row.getBoolean(1);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, Duration.ofSeconds(10), () -> "the standby did not replay " + lsn);
        }
    }

    private static void pauseReplay() throws SQLException {
        try (Connection replica = replicaAsSuperuser(); Statement statement = replica.createStatement()) {
            statement.execute("SELECT pg_wal_replay_pause()");
        }
    }

    private static void resumeReplay() throws SQLException {
        try (Connection replica = replicaAsSuperuser(); Statement statement = replica.createStatement()) {
            statement.execute("SELECT pg_wal_replay_resume()");
        }
    }

    private static Connection primary() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    /** Replay control needs a superuser: postgres, trusted on 127.0.0.1 like on the primary (scripts/db-setup). */
    private static Connection replicaAsSuperuser() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + REPLICA + "/postgres?connectTimeout=3", "postgres",
                "");
    }

    private static void replicaSetup(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("scripts/replica-setup", command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("scripts/replica-setup " + command + " failed:\n" + output);
        }
    }
}
