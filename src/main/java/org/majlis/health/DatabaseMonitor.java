package org.majlis.health;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.majlis.threads.DaemonThreads;

/**
 * Knows, without waiting, whether PostgreSQL answers: a background check runs {@code SELECT 1} every
 * {@code majlis.db.check-interval}; the database counts as unavailable once no check has succeeded for
 * {@code majlis.db.unavailable-after}, whether the checks fail or hang (database hung), and at once when the server
 * answers that it is down (connection refused, shutting down, starting up: {@link DatabaseErrors#refused}), so that
 * a restart shorter than that span still shows as an outage instead of as failed requests.
 * Readiness and GraphQL requests read this state, so neither waits on a dead database. The check uses a
 * connection of its own, outside the pool, so a busy pool is never mistaken for a dead database.
 */
@ApplicationScoped
public class DatabaseMonitor {
    private static final Logger LOG = Logger.getLogger(DatabaseMonitor.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;
    @ConfigProperty(name = "majlis.db.check-interval", defaultValue = "1s")
    Duration interval;
    @ConfigProperty(name = "majlis.db.unavailable-after", defaultValue = "3s")
    Duration unavailableAfter;

    private final ScheduledExecutorService checker =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("majlis-db-monitor"));
    private volatile long lastSuccess = System.nanoTime();
    private volatile String lastProblem;
    private volatile boolean reportedDown;
    /** The last check was refused by the server (not merely slow or lost): down without waiting. */
    private volatile boolean refused;
    /** Only the checker thread touches it. */
    private Connection connection;

    /** Starts after the start-up check and migrations (priority 10), which prove the database answered once. */
    void start(@Observes @Priority(20) StartupEvent event) {
        lastSuccess = System.nanoTime();
        checker.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        checker.shutdownNow();
        closeConnection();
    }

    public boolean available() {
        return !refused && System.nanoTime() - lastSuccess < unavailableAfter.toNanos();
    }

    /** Why the last check failed (SQL state and message), for operators; null after a success. */
    public String lastProblem() {
        return lastProblem;
    }

    private void check() {
        try {
            boolean reused = connection != null;
            try {
                select();
            } catch (SQLException e) {
                if (!reused) {
                    throw e;
                }
                // the kept connection may be one the server ended (pg_terminate_backend, a restart): ask a new one
                closeConnection();
                select();
            }
            lastSuccess = System.nanoTime();
            lastProblem = null;
            refused = false;
            if (reportedDown) {
                reportedDown = false;
                LOG.info("PostgreSQL answers again");
            }
        } catch (SQLException | RuntimeException e) {
            closeConnection();
            refused = e instanceof SQLException sql && DatabaseErrors.refused(sql);
            lastProblem = (e instanceof SQLException sql ? sql.getSQLState() + ": " : "") + e.getMessage();
            if (!reportedDown && !available()) {
                reportedDown = true;
                LOG.warnf("PostgreSQL does not answer: %s", lastProblem);
            }
        }
    }

    private void select() throws SQLException {
        if (connection == null) {
            connection = DriverManager.getConnection(url, user, password);
        }
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, unavailableAfter.toSeconds()));
            statement.execute("SELECT 1");
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // already broken: nothing to release
            }
            connection = null;
        }
    }
}
