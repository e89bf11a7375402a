package org.majlis.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.majlis.startup.PackagedApp;

/**
 * {@code scripts/export --zip DIR} against the packaged service: it writes the package unpacked and zipped, and its zip has
 * the very bytes the HTTP route serves for the same version (one code path; entries dated at the version's load).
 */
class ExportScriptIT {
    private static final String DB = System.getenv().getOrDefault("MAJLIS_TEST_DB_NAME", "majlis_test");

    /** Runs scripts/export with {@code arguments}; its output. */
    private static String export(String... arguments) throws Exception {
        Path log = Files.createTempFile("majlis-export-it", ".log");
        ProcessBuilder script = new ProcessBuilder(Stream.concat(Stream.of("scripts/export"), Stream.of(arguments))
                .toList()).redirectErrorStream(true).redirectOutput(log.toFile());
        script.environment().put("MAJLIS_DB_NAME", DB);
        Process process = script.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            // the script execs java: no process of a hung export may stay behind holding its ports
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("scripts/export did not finish within 180 s: "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("Data package of dataset version "), output);
        return output;
    }

    @Test
    void theScriptWritesTheSamePackageTheServiceServes() throws Exception {
        Path target = Files.createTempDirectory("majlis-export-it");
        String output = export("--zip", target.toString());

        File[] zips = target.toFile().listFiles((dir, name) -> name.matches("majlis-v\\d+\\.zip"));
        assertEquals(1, zips.length, output);
        String name = zips[0].getName();
        Path unpacked = target.resolve(name.replace(".zip", ""));
        assertTrue(Files.isRegularFile(unpacked.resolve("datapackage.json")), "unpacked next to the zip");
        assertTrue(Files.isRegularFile(unpacked.resolve("meetings.csv")));

        Path exports = Files.createTempDirectory("majlis-export-it-cache");
        try (PackagedApp app = PackagedApp.start(Map.of("MAJLIS_DB_NAME", DB,
                "MAJLIS_EXPORT_DIR", exports.toString()))) {
            assertTrue(app.awaitListening(Duration.ofSeconds(60)), app.output());
            HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port + "/data/" + name)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, served.statusCode());
            assertArrayEquals(Files.readAllBytes(zips[0].toPath()), served.body(), "the same bytes");
        }
    }

    @Test
    void withoutZipTheScriptWritesTheFilesOnly() throws Exception {
        Path target = Files.createTempDirectory("majlis-export-it-files");
        String output = export(target.toString());
        File[] written = target.toFile().listFiles();
        assertEquals(1, written.length, output);
        assertTrue(written[0].getName().matches("majlis-v\\d+"), output);
        assertTrue(Files.isRegularFile(written[0].toPath().resolve("datapackage.json")), output);
        assertTrue(Files.isRegularFile(written[0].toPath().resolve("annotations.jsonld")), output);
    }
}
