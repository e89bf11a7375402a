package org.majlis.dataset;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.majlis.replica.ReadRouting;
import org.majlis.threads.DaemonThreads;

/**
 * The current dataset version, for the HTTP edge (ETags, {@code extensions.dataVersion}) without a database read per
 * request: {@link #current()} returns a value kept in memory, refreshed right after a load by this instance
 * ({@link #refresh()}, called by the seed loader once its transaction committed) and read again every
 * {@code majlis.dataset.version-refresh} (500 ms), so a load by another instance on the same database is seen within
 * about that time. It reads where API reads run ({@link ReadRouting}), so that an ETag names the version those
 * reads see, a replica's while it is behind. Where the answer must be the version of a statement's own snapshot,
 * put {@link #SQL} in the statement instead.
 */
@ApplicationScoped
public class DatasetVersion {
    /**
     * An SQL expression for the current dataset version, 0 when the loader never wrote one (a database filled by
     * other means): inside any statement it reads that statement's snapshot, so a statement that answers a request
     * also returns the version of the data it read.
     */
    public static final String SQL = "(SELECT coalesce(max(version), 0) FROM dataset_version)";
    /** The name of the thread that re-reads the version (no request's statements run on it). */
    public static final String THREAD = "majlis-dataset-version";
    private static final Logger LOG = Logger.getLogger(DatasetVersion.class);

    @Inject
    ReadRouting reads;
    @ConfigProperty(name = "majlis.dataset.version-refresh", defaultValue = "500ms")
    Duration interval;

    private final ScheduledExecutorService reader =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(THREAD));
    private volatile long current;
    private volatile boolean failing;

    /** The version last read: 0 before the first read and while the loader never wrote one. */
    public long current() {
        return current;
    }

    /**
     * Reads the version now; a read that fails (database unreachable) keeps the last value. Synchronised, so that
     * a slower read never overwrites the result of a later one.
     */
    public synchronized void refresh() {
        try (Connection connection = reads.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet row = statement.executeQuery("SELECT " + SQL)) {
                row.next();
                current = row.getLong(1);
            }
            if (failing) {
                failing = false;
                LOG.info("The dataset version is read again");
            }
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warnf("Cannot read the dataset version (keeping %d): %s", current, e.getMessage());
            }
        }
    }

    /** After migrations and the seed load (priority 10). */
    void start(@Observes @Priority(20) StartupEvent event) {
        reader.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        reader.shutdownNow();
    }
}
