package org.majlis.startup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged service started as scripts/run starts it (scripts/serve), with majlis' embedded PostgreSQL instead
 * of a server: it serves the seed facts, says which database it uses and where its data lives, stops that
 * database with itself, and finds its data again on the next start. (MAJLIS_DB_EMBEDDED=true: this machine has a
 * server at the default address, which the automatic choice would use; EmbeddedDatabaseChoiceTest covers that.)
 */
class EmbeddedDatabaseIT {
    private static final Path DATA = Path.of("target", "embedded-it", "pgdata").toAbsolutePath();

    @Test
    void aMachineWithoutAServerIsServedFromTheEmbeddedDatabase() throws Exception {
        deleteRecursively(DATA.getParent());
        int databasePort = PackagedApp.freePort();
        Map<String, String> environment = Map.of("MAJLIS_DB_EMBEDDED", "true",
                "MAJLIS_DB_EMBEDDED_PORT", String.valueOf(databasePort), "MAJLIS_DB_EMBEDDED_DIR", DATA.toString());

        try (PackagedApp app = PackagedApp.serve(environment)) {
            assertTrue(app.awaitListening(Duration.ofSeconds(120)), app.output());
            assertThat(app.output(), containsString("Database: jdbc:postgresql://127.0.0.1:" + databasePort
                    + "/majlis as user 'majlis', the embedded PostgreSQL on 127.0.0.1:" + databasePort
                    + ", data in " + DATA));
            assertThat(app.output(), containsString("5 document(s) written"));
            assertSeedFacts(app.port);

            app.terminate();
            assertTrue(app.awaitExit(Duration.ofSeconds(30)), app.output());
            assertThat(app.output(), containsString("majlis stopped in"));
        }
        assertFalse(EmbeddedDatabase.answers(new InetSocketAddress("127.0.0.1", databasePort)),
                "the embedded PostgreSQL kept running after the service stopped");
        assertTrue(Files.isRegularFile(DATA.resolve("PG_VERSION")), "the data directory is gone");

        try (PackagedApp again = PackagedApp.serve(environment)) {
            assertTrue(again.awaitListening(Duration.ofSeconds(120)), again.output());
            assertThat("the second start finds the first one's data", again.output(),
                    containsString("0 document(s) written, 5 unchanged"));
            assertSeedFacts(again.port);
        }
    }

    /** Facts of the seed documents, including Arabic name matching, which needs pg_trgm and a UTF-8 locale. */
    private static void assertSeedFacts(int port) {
        JsonPath data = given().contentType("application/json")
                .body(Map.of("query", "{ meetings { totalCount }"
                        + " figures(filter: {measure: \"migrants-in-libya\"}) { nodes { value textAsStated } }"
                        + " organisations(filter: {name: \"المنظمه الدوليه للهجره\"}, first: 1) { nodes { acronym }"
                        + " edges { match { match } } } }"))
                .post("http://127.0.0.1:" + port + "/graphql").then().statusCode(200).extract().jsonPath();
        assertEquals(6, data.getInt("data.meetings.totalCount"), data.prettify());
        assertTrue(data.getList("data.figures.nodes.textAsStated").contains("704.142"), data.prettify());
        assertEquals("IOM", data.getString("data.organisations.nodes[0].acronym"), data.prettify());
        assertEquals("EXACT", data.getString("data.organisations.edges[0].match.match"), data.prettify());
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
