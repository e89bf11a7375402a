package org.majlis.startup;

import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.Liquibase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.majlis.seed.SeedLoader;

/**
 * Start-up in a fixed order: check that PostgreSQL answers (failing fast with a message that says how to
 * start one), migrate the schema with Liquibase, then load the seed folder.
 */
@ApplicationScoped
public class DatabaseStartup {
    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class);

    @Inject
    DataSource dataSource;
    @Inject
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
        checkDatabase();
        try (Liquibase liquibase = liquibaseFactory.createLiquibase()) {
            liquibase.update(liquibaseFactory.createContexts(), liquibaseFactory.createLabels());
        }
        if (seedEnabled) {
            Path folder = Path.of(seedDirectory).toAbsolutePath();
            LOG.infof("Loading seed data from %s", folder);
            seedLoader.load(folder);
        } else {
            LOG.info("Seed loading is switched off (majlis.seed.enabled=false)");
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
