package org.majlis.startup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packaged service, pointed at a port where no PostgreSQL listens, stops at once and says how to start one. */
class StartupFailsFastIT {

    @Test
    void withoutADatabaseTheServiceStopsWithHelp() throws Exception {
        int closedPort = PackagedApp.freePort();
        try (PackagedApp app = PackagedApp.start(Map.of("MAJLIS_DB_PORT", String.valueOf(closedPort)))) {
            assertTrue(app.awaitExit(Duration.ofSeconds(60)), "the service kept running without a database:\n"
                    + app.output());
            assertNotEquals(0, app.exitValue());
            assertThat(app.output(), containsString("Cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:" + closedPort));
            assertThat(app.output(), containsString("scripts/db-setup"));
        }
    }
}
