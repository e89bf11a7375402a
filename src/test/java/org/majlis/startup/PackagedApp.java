package org.majlis.startup;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged service (target/quarkus-app) run as its own process, as in production, for *IT tests. */
public final class PackagedApp implements AutoCloseable {
    private final Process process;
    private final Path log;
    public final int port;
    /** The management interface's port: health and metrics. */
    public final int managementPort;

    private PackagedApp(Process process, Path log, int port, int managementPort) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
    }

    /** Starts the jar with these extra environment variables on free HTTP and management ports. */
    public static PackagedApp start(Map<String, String> environment) throws IOException {
        return start(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                "target/quarkus-app/quarkus-run.jar"), environment);
    }

    /** Starts it as the README's scripts/run does after building: through scripts/serve. */
    public static PackagedApp serve(Map<String, String> environment) throws IOException {
        return start(List.of("scripts/serve"), environment);
    }

    private static PackagedApp start(List<String> command, Map<String, String> environment) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        Path log = Files.createTempFile("majlis-it", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MAJLIS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("MAJLIS_MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().putAll(environment);
        return new PackagedApp(builder.start(), log, port, managementPort);
    }

    /** The health endpoints on the management interface: {@code health() + "/ready"}, {@code health() + "/live"}. */
    public String health() {
        return "http://127.0.0.1:" + managementPort + "/q/health";
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The first of {@code count} consecutive loopback ports that are free, below Linux' ephemeral range (32768 on):
     * a port the kernel hands out for an outgoing connection can be taken between this check and the server's start,
     * which broke BalancerIT once (its instances listen on base + 1, base + 2).
     */
    public static int freePorts(int count) throws IOException {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 1000; attempt++) {
            int first = 20000 + random.nextInt(12000 - count);
            boolean free = true;
            for (int port = first; port < first + count && free; port++) {
                try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                    socket.setReuseAddress(true);
                } catch (IOException taken) {
                    free = false;
                }
            }
            if (free) {
                return first;
            }
        }
        throw new IOException("no " + count + " consecutive free ports between 20000 and 32000");
    }

    /** Waits until the log says the HTTP listener is up; false when the process exits or time runs out. */
    public boolean awaitListening(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (output().contains("Listening on:")) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks the service to stop (SIGTERM), as an orchestrator would. */
    public void terminate() {
        process.destroy();
    }

    public int exitValue() {
        return process.exitValue();
    }

    public String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
