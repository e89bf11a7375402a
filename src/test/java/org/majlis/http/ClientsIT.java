package org.majlis.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.majlis.startup.PackagedApp;

/**
 * The npm project in clients/ against the packaged service: graphql-request, Apollo Client with its
 * persisted-queries link (hash-first flow), GET with ETag revalidation, GraphiQL in headless Chromium (screenshot:
 * target/graphiql.png), a page of another origin calling the API from Chromium (CORS), the schema change policy
 * check, typed operations generated and type-checked, and the data package validated format by format. A second
 * instance, with the allowed origins narrowed to the test page's origin ({@code MAJLIS_CORS_ORIGINS}), shows a page
 * of any other origin refused. Needs Node.js and Chromium (scripts/test installs them when missing).
 */
class ClientsIT {
    private static final File CLIENTS = new File("clients");
    private static final Pattern SKIPPED = Pattern.compile("^# skipped [1-9]", Pattern.MULTILINE);

    @Test
    void widelyUsedClientsAndABrowserWorkWithTheService() throws Exception {
        if (dependenciesOutOfDate()) {
            assertEquals(0, run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 300).exitCode,
                    "npm ci failed");
        }
        String db = System.getenv().getOrDefault("MAJLIS_TEST_DB_NAME", "majlis_test");
        int pagePort = PackagedApp.freePort();
        try (PackagedApp app = PackagedApp.start(Map.of("MAJLIS_DB_NAME", db));
                PackagedApp narrowed = PackagedApp.start(Map.of("MAJLIS_DB_NAME", db,
                        "MAJLIS_CORS_ORIGINS", "http://127.0.0.1:" + pagePort))) {
            assertTrue(app.awaitListening(Duration.ofSeconds(60)), app.output());
            assertTrue(narrowed.awaitListening(Duration.ofSeconds(60)), narrowed.output());
            Result tests = run(List.of("npm", "test"), Map.of("MAJLIS_URL", "http://127.0.0.1:" + app.port,
                    "MAJLIS_CORS_NARROWED_URL", "http://127.0.0.1:" + narrowed.port,
                    "MAJLIS_PAGE_PORT", String.valueOf(pagePort)), 600);
            assertEquals(0, tests.exitCode, "the client tests failed (their output is above)");
            assertFalse(SKIPPED.matcher(tests.output).find(), "a client test was skipped (see the output above)");
        }
    }

    /** No node_modules, or one installed from an older package-lock.json than the committed one. */
    private static boolean dependenciesOutOfDate() throws IOException {
        Path installed = CLIENTS.toPath().resolve("node_modules/.package-lock.json");
        return !Files.exists(installed) || Files.getLastModifiedTime(installed)
                .compareTo(Files.getLastModifiedTime(CLIENTS.toPath().resolve("package-lock.json"))) < 0;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, Map<String, String> environment, int timeoutSeconds)
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
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        return new Result(finished ? process.exitValue() : -1, output);
    }
}
