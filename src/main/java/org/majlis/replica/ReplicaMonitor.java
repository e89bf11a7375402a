package org.majlis.replica;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.majlis.threads.DaemonThreads;

/**
 * Decides whether API reads go to the replicas of {@code majlis.db.read-hosts} (MAJLIS_DB_READ_HOSTS) or to the
 * primary. Every {@code majlis.replica.check-interval} it asks each listed host, on a connection of its own, whether
 * it is a standby and how far its replay is behind; reads go to the replicas while at least one standby answers and
 * none that answers lags more than {@code majlis.replica.max-lag}. A standby that does not answer is left to the
 * driver, which skips it (the read datasource's multi-host URL); one that answers but lags would be chosen by the
 * driver all the same, so while any does, every read goes to the primary until it has caught up. The lag of each
 * host is the gauge {@code majlis_replica_lag_seconds{host}} (NaN while a host does not answer).
 */
@ApplicationScoped
public class ReplicaMonitor {
    private static final Logger LOG = Logger.getLogger(ReplicaMonitor.class);
    /**
     * A standby's replay lag in seconds, 0 on a primary. A standby that has replayed all it received is caught up
     * (0), however long ago the primary last wrote: the time since the last replayed commit would grow forever on
     * an idle primary. (Replayed may be past received: a restarted standby replays its own WAL, then streams from
     * the start of that segment.) Null while it has neither received nor replayed a commit.
     */
    static final String LAG_SQL = "SELECT pg_is_in_recovery(), CASE WHEN NOT pg_is_in_recovery() THEN 0"
            + " WHEN pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn() THEN 0"
            + " ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END";

    /** What a check found on one host: lag null when it did not answer (problem says why) or cannot tell. */
    public record HostState(String host, boolean answered, boolean standby, Double lagSeconds, String problem) {
        boolean usableStandby(Duration maxLag) {
            return answered && standby && lagSeconds != null && lagSeconds <= maxLag.toMillis() / 1000.0;
        }

        boolean laggingStandby(Duration maxLag) {
            return answered && standby && !usableStandby(maxLag);
        }

        /** For readiness: "standby, lag 0.4 s", "primary", "does not answer: …". */
        public String describe() {
            if (!answered) {
                return "does not answer: " + problem;
            }
            if (!standby) {
                return "primary";
            }
            return lagSeconds == null ? "standby, lag unknown (nothing received yet)"
                    : String.format("standby, lag %.1f s", lagSeconds);
        }
    }

    @ConfigProperty(name = "majlis.db.read-hosts")
    Optional<List<String>> readHosts;
    @ConfigProperty(name = "majlis.replica.max-lag", defaultValue = "10s")
    Duration maxLag;
    @ConfigProperty(name = "majlis.replica.check-interval", defaultValue = "1s")
    Duration interval;
    @ConfigProperty(name = "quarkus.datasource.\"read\".jdbc.url")
    String readUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;
    @Inject
    @DataSource("read")
    AgroalDataSource readDataSource;
    @Inject
    MeterRegistry registry;

    private final ScheduledExecutorService checker =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("majlis-replica-monitor"));
    /** Only the checker thread touches them. */
    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final Map<String, HostState> states = new ConcurrentHashMap<>();
    private volatile boolean readsOnReplicas;

    /** True when MAJLIS_DB_READ_HOSTS lists hosts; else every read goes to the primary. */
    public boolean configured() {
        return readHosts.isPresent() && !readHosts.get().isEmpty();
    }

    /** True while API reads go to the read datasource (the replicas), false while they go to the primary. */
    public boolean readsOnReplicas() {
        return readsOnReplicas;
    }

    public Duration maxLag() {
        return maxLag;
    }

    /** The last check of each listed host, in the order listed. */
    public List<HostState> hosts() {
        return readHosts.orElse(List.of()).stream().map(states::get).filter(Objects::nonNull).toList();
    }

    /** After migrations and the seed load (priority 10), with the other monitors. */
    void start(@Observes @Priority(20) StartupEvent event) {
        if (!configured()) {
            return;
        }
        for (String host : readHosts.get()) {
            Gauge.builder("majlis.replica.lag.seconds", () -> {
                HostState state = states.get(host);
                return state == null || state.lagSeconds() == null ? Double.NaN : state.lagSeconds();
            }).tag("host", host).description("Replay lag of a read host (0 on the primary; NaN: does not answer)")
                    .baseUnit("seconds").register(registry);
        }
        checker.scheduleWithFixedDelay(this::checkAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        checker.shutdownNow();
        List.copyOf(connections.keySet()).forEach(this::close);
    }

    private void checkAll() {
        readHosts.get().forEach(host -> states.put(host, check(host)));
        List<HostState> checked = hosts();
        boolean replicas = checked.stream().anyMatch(s -> s.usableStandby(maxLag))
                && checked.stream().noneMatch(s -> s.laggingStandby(maxLag));
        if (replicas != readsOnReplicas) {
            readsOnReplicas = replicas;
            // connections made before the change may be on a host now out of the set (or on the primary, where the
            // driver fell back while a standby was down): new ones choose again
            readDataSource.flush(AgroalDataSource.FlushMode.GRACEFUL);
            LOG.infof("Reads go to the %s (bound %s s): %s", replicas ? "replicas" : "primary",
                    maxLag.toMillis() / 1000.0, checked.stream().map(s -> s.host() + " " + s.describe()).toList());
        }
    }

    private HostState check(String host) {
        try {
            Connection connection = connections.get(host);
            if (connection == null) {
                connection = DriverManager.getConnection(hostUrl(host), user, password);
                connections.put(host, connection);
            }
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(2);
                try (ResultSet row = statement.executeQuery(LAG_SQL)) {
                    row.next();
                    double lag = row.getDouble(2);
                    return new HostState(host, true, row.getBoolean(1), row.wasNull() ? null : lag, null);
                }
            }
        } catch (SQLException e) {
            close(host);
            return new HostState(host, false, false, null, e.getSQLState() + ": " + e.getMessage());
        }
    }

    /** The read datasource's URL for this one host: its database and parameters, but a single host. */
    private String hostUrl(String host) {
        String afterHosts = readUrl.substring(readUrl.indexOf('/', "jdbc:postgresql://".length()));
        return "jdbc:postgresql://" + host + afterHosts.replaceFirst("ApplicationName=[^&]*",
                "ApplicationName=majlis-replica-monitor");
    }

    private void close(String host) {
        Connection connection = connections.remove(host);
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // already broken: nothing to release
            }
        }
    }
}
