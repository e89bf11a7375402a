package org.majlis.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.majlis.startup.PackagedApp;

/**
 * The npm project in clients/ against the packaged service: graphql-request, Apollo Client with its
 * persisted-queries link (hash-first flow), GET with ETag revalidation, and GraphiQL in headless Chromium
 * (screenshot: target/graphiql.png). Needs Node.js and Chromium (.ci/run installs Chromium when missing).
 */
class ClientsIT {
    private static final File CLIENTS = new File("clients");

    @Test
    void widelyUsedClientsAndABrowserWorkWithTheService() throws Exception {
        if (!new File(CLIENTS, "node_modules").isDirectory()) {
            assertEquals(0, run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 300), "npm ci failed");
        }
        String db = System.getenv().getOrDefault("MAJLIS_TEST_DB_NAME", "majlis_test");
        try (PackagedApp app = PackagedApp.start(Map.of("MAJLIS_DB_NAME", db))) {
            assertTrue(app.awaitListening(Duration.ofSeconds(60)), app.output());
            assertEquals(0, run(List.of("npm", "test"), Map.of("MAJLIS_URL", "http://127.0.0.1:" + app.port), 300),
                    "the client tests failed (their output is above)");
        }
    }

    private static int run(List<String> command, Map<String, String> environment, int timeoutSeconds)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("majlis-clients", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(CLIENTS).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        System.out.println(Files.readString(log, StandardCharsets.UTF_8));
        return finished ? process.exitValue() : -1;
    }
}
