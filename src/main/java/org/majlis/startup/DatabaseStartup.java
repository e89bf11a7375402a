package org.majlis.startup;

import io.quarkus.liquibase.LiquibaseDataSource;
import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import liquibase.Liquibase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.majlis.seed.SeedLoader;

/**
 * Start-up in a fixed order: check that PostgreSQL answers (failing fast with a message that says how to
 * start one), migrate the schema with Liquibase (one instance at a time), then load the seed folder.
 */
@ApplicationScoped
public class DatabaseStartup {
    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class);
    /** Advisory lock key of schema migrations ('majlis-m'). */
    private static final long MIGRATION_LOCK = 0x6d616a6c69732d6dL;

    @Inject
    DataSource dataSource;
    @Inject
    @LiquibaseDataSource("migration")
    LiquibaseFactory liquibaseFactory;
    @Inject
    SeedLoader seedLoader;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "majlis.seed.enabled")
    boolean seedEnabled;
    @ConfigProperty(name = "majlis.seed.directory")
    String seedDirectory;

    void onStart(@Observes @Priority(10) StartupEvent event) throws Exception {
        LOG.infof("Database: %s as user '%s'%s", jdbcUrl.replaceFirst("\\?.*", ""), user,
                EmbeddedDatabase.description().map(d -> ", the " + d).orElse(""));
        checkDatabase();
        migrate();
        if (seedEnabled) {
            Path folder = Path.of(seedDirectory).toAbsolutePath();
            LOG.infof("Loading seed data from %s", folder);
            seedLoader.load(folder);
        } else {
            LOG.info("Seed loading is switched off (majlis.seed.enabled=false)");
        }
    }

    /**
     * The embedded database stops with the service: here, in Quarkus' shutdown after requests have drained, so
     * that it is down before the JVM exits (Main's exit handler covers a start that failed before this).
     */
    void onStop(@Observes ShutdownEvent event) {
        EmbeddedDatabase.stopIfRunning();
    }

    /**
     * Runs the Liquibase changesets while holding a PostgreSQL advisory lock on a connection of its own. The
     * advisory lock dies with the session of whoever holds it, so a migrator that was killed leaves nothing behind;
     * and while we hold it no other instance is migrating, so a lock row left in Liquibase's own
     * DATABASECHANGELOGLOCK table is stale (its owner died mid-run) and is released instead of waited on.
     */
    private void migrate() throws Exception {
        try (Connection lockConnection = dataSource.getConnection()) {
            lockConnection.setAutoCommit(true);
            try (Statement lock = lockConnection.createStatement()) {
                lock.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
            }
            try {
                releaseStaleLiquibaseLock(lockConnection);
                try (Liquibase liquibase = liquibaseFactory.createLiquibase()) {
                    liquibase.update(liquibaseFactory.createContexts(), liquibaseFactory.createLabels());
                }
            } finally {
                try (Statement unlock = lockConnection.createStatement()) {
                    unlock.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
                }
            }
        }
    }

    private static void releaseStaleLiquibaseLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet stale = statement.executeQuery("SELECT lockedby, lockgranted FROM databasechangeloglock"
                        + " WHERE locked")) {
            if (stale.next()) {
                LOG.warnf("Releasing a stale Liquibase lock held by %s since %s (its migrator is gone)",
                        stale.getString(1), stale.getTimestamp(2));
                try (Statement release = connection.createStatement()) {
                    release.executeUpdate("UPDATE databasechangeloglock SET locked = false, lockgranted = NULL,"
                            + " lockedby = NULL");
                }
            }
        } catch (SQLException e) {
            if (!"42P01".equals(e.getSQLState())) { // undefined_table: an empty database has no lock table yet
                throw e;
            }
        }
    }

    private void checkDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + jdbcUrl.replaceFirst("\\?.*", "")
                    + " as user '" + user + "': " + e.getMessage() + "\n"
                    + "  Start PostgreSQL and create the database with: scripts/db-setup\n"
                    + "  (Debian: pg_ctlcluster --skip-systemctl-redirect <version> main start), or point majlis at"
                    + " another server with MAJLIS_DB_HOST, MAJLIS_DB_PORT, MAJLIS_DB_NAME, MAJLIS_DB_USER,"
                    + " MAJLIS_DB_PASSWORD.", e);
        }
    }
}
