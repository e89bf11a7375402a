package org.majlis.cluster;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.majlis.startup.PackagedApp;

/**
 * Two packaged instances behind real HAProxy, started and stopped by the README's scripts (scripts/cluster-up,
 * scripts/cluster-down), with a rate limit of {@value #LIMIT} requests per 10 s per client keyed by X-Client-Name
 * (by address for a client that sends none): what the balancer exposes, that both instances serve, and that a
 * flooding client is refused with 429 while another is served normally.
 */
class BalancerIT {
    private static final int LIMIT = 30;
    private static final Path DIRECTORY = Path.of("target/cluster-it");
    private static final Map<String, String> ENVIRONMENT = new HashMap<>();
    private static int balancer;
    private static int managementBase;

    @BeforeAll
    static void up() throws Exception {
        // five free ports in a row: the balancer on the first, instance i (1, 2) on base + i, its management
        // interface on managementBase + i
        balancer = PackagedApp.freePorts(5);
        int base = balancer;
        managementBase = balancer + 2;
        ENVIRONMENT.putAll(Map.of("MAJLIS_CLUSTER_DIR", DIRECTORY.toString(), "MAJLIS_LB_HOST", "127.0.0.1",
                "MAJLIS_LB_PORT", String.valueOf(balancer),
                "MAJLIS_CLUSTER_PORT_BASE", String.valueOf(base),
                "MAJLIS_CLUSTER_MANAGEMENT_BASE", String.valueOf(managementBase),
                "MAJLIS_DB_NAME", System.getenv().getOrDefault("MAJLIS_TEST_DB_NAME", "majlis_test"),
                "MAJLIS_RATE_LIMIT", String.valueOf(LIMIT), "MAJLIS_RATE_LIMIT_KEY", "client-name",
                "MAJLIS_ACCESS_LOG", "false"));
        script("scripts/cluster-up", "2");
    }

    @AfterAll
    static void down() throws Exception {
        script("scripts/cluster-down");
    }

    @Test
    void theBalancerServesTheApiAndNeverHealthOrMetrics() {
        given().get(url("/q/health/ready")).then().statusCode(404);
        given().get(url("/q/metrics")).then().statusCode(404);
        for (int i = 1; i <= 2; i++) {
            given().get("http://127.0.0.1:" + (managementBase + i) + "/q/health/ready").then().statusCode(200);
        }
        graphql("{ meetings { totalCount } }", "balancer-test").then().statusCode(200);
    }

    @Test
    void bothInstancesServe() {
        for (int i = 0; i < 20; i++) {
            graphql("query BalancerSpread { meetings(first: 1) { totalCount } }", "spread-" + (i % 3))
                    .then().statusCode(200);
        }
        for (int i = 1; i <= 2; i++) {
            String metrics = given().get("http://127.0.0.1:" + (managementBase + i) + "/q/metrics").asString();
            assertTrue(metrics.lines().anyMatch(line -> line.startsWith("graphql_operation_seconds_count{")
                    && line.contains("operation=\"BalancerSpread\"")), "instance " + i + " answered none");
        }
    }

    @Test
    void aFloodingClientIsLimitedWhileAnotherIsServed() {
        List<Integer> flood = new ArrayList<>();
        for (int i = 0; i < 2 * LIMIT; i++) {
            Response response = graphql("{ __typename }", "flood");
            flood.add(response.statusCode());
            if (response.statusCode() == 429) {
                assertEquals("10", response.header("Retry-After"));
                assertEquals("RATE_LIMITED", response.jsonPath().getString("errors[0].extensions.code"));
            }
            if (i % 6 == 0) {
                graphql("{ __typename }", "calm").then().statusCode(200);
            }
        }
        long served = flood.stream().filter(status -> status == 200).count();
        long limited = flood.stream().filter(status -> status == 429).count();
        assertEquals(2 * LIMIT, served + limited, flood::toString);
        // HAProxy's rate is a sliding estimate over 10 s: about LIMIT requests get through, then none
        assertTrue(served >= LIMIT - 3 && served <= LIMIT + 1, flood::toString);
        assertEquals(429, flood.get(flood.size() - 1));
    }

    @Test
    void withoutAClientNameTheAddressIsTheClient() throws IOException {
        int limited = 0;
        for (int i = 0; i < 2 * LIMIT; i++) {
            limited += status("127.0.0.2") == 429 ? 1 : 0;
        }
        assertTrue(limited >= LIMIT - 1, limited + " of " + 2 * LIMIT + " requests from 127.0.0.2 limited");
        assertEquals(200, status("127.0.0.3"));
    }

    private static Response graphql(String query, String client) {
        return given().header("X-Client-Name", client).contentType("application/json")
                .body("{\"query\": \"" + query.replace("\"", "\\\"") + "\"}").post(url("/graphql"));
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + balancer + path;
    }

    /** The status of a GET of {@code { __typename }} sent from this local address (loopback has all of 127/8). */
    private static int status(String from) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", balancer), 2_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static void script(String... command) throws Exception {
        Files.createDirectories(DIRECTORY);
        Path log = DIRECTORY.resolve("scripts.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(ENVIRONMENT);
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed:\n" + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
