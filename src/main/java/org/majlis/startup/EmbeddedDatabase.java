package org.majlis.startup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * majlis' own PostgreSQL for a machine that has no server: zonky's PostgreSQL binaries (a Maven Central jar, with
 * the pg_trgm and btree_gist extensions the changesets need), its data kept between runs (default
 * {@code .majlis/pgdata}), listening on loopback only, on a port of its own (default 54329) so that it never
 * collides with a local server, and stopped with the service.
 * <p>
 * It is chosen by {@code MAJLIS_DB_EMBEDDED=true|false}; when that is unset, only when the user has not pointed
 * majlis at a server ({@code MAJLIS_DB_HOST}, {@code MAJLIS_DB_PORT}) and nothing answers at the default address.
 * The service's datasources and the migrations' then all point at it, through the same {@code MAJLIS_DB_*}
 * properties application.properties reads.
 */
public final class EmbeddedDatabase {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    static final InetSocketAddress DEFAULT_SERVER = new InetSocketAddress("127.0.0.1", 5432);
    static final int DEFAULT_PORT = 54329;
    static final String DEFAULT_DIRECTORY = ".majlis/pgdata";
    /** Settings that point majlis at a server of the user's: with any of them, "auto" never means embedded. */
    static final List<String> SERVER_SETTINGS = List.of("MAJLIS_DB_HOST", "MAJLIS_DB_PORT");

    private static volatile Running running;

    private record Running(EmbeddedPostgres postgres, int port, Path directory) {
    }

    private EmbeddedDatabase() {
    }

    /** Whether this start uses the embedded database, from the environment and a probe of the default server. */
    static boolean chosen(Map<String, String> environment, Predicate<InetSocketAddress> answers) {
        String forced = environment.get("MAJLIS_DB_EMBEDDED");
        if (forced != null && !forced.isBlank()) {
            return switch (forced.trim().toLowerCase()) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException(
                        "MAJLIS_DB_EMBEDDED must be true or false (or unset for automatic), not '" + forced + "'");
            };
        }
        return SERVER_SETTINGS.stream().noneMatch(environment::containsKey) && !answers.test(DEFAULT_SERVER);
    }

    static boolean answers(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts the embedded database when it is chosen, creates majlis' role and database in it, and points the
     * service at it (system properties {@code MAJLIS_DB_HOST}/{@code MAJLIS_DB_PORT}, which outrank the
     * environment in Quarkus' configuration).
     */
    public static void startIfChosen(Map<String, String> environment) {
        if (!chosen(environment, EmbeddedDatabase::answers)) {
            return;
        }
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("PostgreSQL does not run as root, so majlis' embedded database cannot"
                    + " start as root. Run majlis as an ordinary user (scripts/run does so by itself when started"
                    + " as root), or point it at a PostgreSQL server with MAJLIS_DB_HOST and MAJLIS_DB_PORT.");
        }
        int port = Integer.parseInt(environment.getOrDefault("MAJLIS_DB_EMBEDDED_PORT", String.valueOf(DEFAULT_PORT)));
        Path directory = Path.of(environment.getOrDefault("MAJLIS_DB_EMBEDDED_DIR", DEFAULT_DIRECTORY))
                .toAbsolutePath().normalize();
        stopOrphan(directory);
        if (answers(new InetSocketAddress("127.0.0.1", port))) {
            throw new IllegalStateException("Port " + port + " of majlis' embedded PostgreSQL is taken by another"
                    + " program; choose another with MAJLIS_DB_EMBEDDED_PORT.");
        }
        LOG.infof("Starting majlis' embedded PostgreSQL on 127.0.0.1:%d, data in %s (%s)", port, directory,
                environment.containsKey("MAJLIS_DB_EMBEDDED") ? "MAJLIS_DB_EMBEDDED=true"
                        : "no server configured and none answers at 127.0.0.1:" + DEFAULT_SERVER.getPort());
        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(directory);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // stopped by Main after the service has drained its requests, not by a JVM hook racing it
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "")
                    // a UTF-8 ctype: pg_trgm finds words by the locale's letters, and Arabic ones are not letters in C
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOverrideWorkingDirectory(directory.resolveSibling("binaries").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start (data in " + directory + ")", e);
        }
        running = new Running(postgres, port, directory);
        createRoleAndDatabase(port, environment);
        System.setProperty("MAJLIS_DB_HOST", "127.0.0.1");
        System.setProperty("MAJLIS_DB_PORT", String.valueOf(port));
    }

    /** What the service's log says about the database when it is the embedded one. */
    public static Optional<String> description() {
        Running current = running;
        return current == null ? Optional.empty()
                : Optional.of("embedded PostgreSQL on 127.0.0.1:" + current.port() + ", data in " + current.directory()
                        + " (MAJLIS_DB_EMBEDDED=false uses a server instead)");
    }

    public static synchronized void stopIfRunning() {
        Running current = running;
        if (current == null) {
            return;
        }
        running = null;
        try {
            current.postgres().close();
            LOG.infof("Stopped the embedded PostgreSQL (data kept in %s)", current.directory());
        } catch (IOException e) {
            LOG.warnf(e, "Could not stop the embedded PostgreSQL cleanly (data in %s)", current.directory());
        }
    }

    /**
     * A majlis killed without its shutdown (SIGKILL, a power cut of the JVM) leaves its PostgreSQL running on the
     * data directory; PostgreSQL's own pid file names it, and a smart shutdown (SIGTERM) stops it cleanly.
     */
    private static void stopOrphan(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            Optional<ProcessHandle> orphan = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
            if (orphan.isPresent()) {
                LOG.warnf("Stopping the embedded PostgreSQL (pid %d) that an earlier majlis left running on %s",
                        pid, directory);
                orphan.get().destroy();
                orphan.get().onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("An earlier embedded PostgreSQL may still run on " + directory
                    + " (see " + pidFile + "); stop it before starting majlis", e);
        }
    }

    private static void createRoleAndDatabase(int port, Map<String, String> environment) {
        String user = environment.getOrDefault("MAJLIS_DB_USER", "majlis");
        String password = environment.getOrDefault("MAJLIS_DB_PASSWORD", "majlis");
        String database = environment.getOrDefault("MAJLIS_DB_NAME", "majlis");
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
                statement.execute("CREATE ROLE " + identifier(user) + " LOGIN PASSWORD " + literal(password));
            }
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                statement.execute("CREATE DATABASE " + identifier(database) + " OWNER " + identifier(user)
                        + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create majlis' role and database in the embedded PostgreSQL:"
                    + " " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
