package org.majlis.startup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged service, pointed at a port where no PostgreSQL listens, stops at once and says how to start one. */
class StartupFailsFastIT {

    @Test
    void withoutADatabaseTheServiceStopsWithHelp() throws IOException, InterruptedException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path log = Files.createTempFile("majlis-startup", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar").redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MAJLIS_DB_PORT", String.valueOf(closedPort));
        builder.environment().put("MAJLIS_HTTP_PORT", "0");
        Process process = builder.start();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(exited, "the service kept running without a database:\n" + output);
        assertNotEquals(0, process.exitValue());
        assertThat(output, containsString("Cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:" + closedPort));
        assertThat(output, containsString("scripts/db-setup"));
    }
}
