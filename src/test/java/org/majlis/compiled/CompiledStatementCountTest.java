package org.majlis.compiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.majlis.dataset.DatasetVersion;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.GraphQLClient;

/**
 * A compiled request is exactly one SQL statement and no BEGIN/COMMIT/ROLLBACK, counted at the driver: every
 * message the PostgreSQL JDBC driver sends (its FINEST log of the frontend protocol, "FE=>") from the threads
 * that answer requests.
 */
@QuarkusTest
class CompiledStatementCountTest {
    /**
     * The driver's protocol messages sent while it is attached, but the background reads of the database monitor's
     * pings and of the dataset version.
     */
    private static final class Wire extends Handler {
        final List<String> sent = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord record) {
            String thread = record instanceof ExtLogRecord ext ? ext.getThreadName() : "";
            String message = record.getParameters() == null ? record.getMessage()
                    : MessageFormat.format(record.getMessage(), record.getParameters());
            // the pool's validation of an idle connection is an empty query, not one of the request's statements
            if (!thread.startsWith("majlis-db-monitor") && !thread.equals(DatasetVersion.THREAD)
                    && message.contains("FE=>")
                    && !message.contains("SimpleQuery(query=\"\")")) {
                sent.add(message.trim());
            }
        }

        synchronized long count(String prefix) {
            return sent.stream().filter(m -> m.startsWith(prefix)).count();
        }

        synchronized long transactionControl() {
            return sent.stream().filter(m -> m.contains("query=\"BEGIN") || m.contains("query=\"COMMIT")
                    || m.contains("query=\"ROLLBACK")).count();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static Wire record(Runnable request) {
        Logger driver = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
        Level before = driver.getLevel();
        boolean parents = driver.getUseParentHandlers();
        Wire wire = new Wire();
        driver.addHandler(wire);
        driver.setUseParentHandlers(false); // to the recorder only, not the console
        driver.setLevel(Level.FINEST);
        try {
            request.run();
        } finally {
            driver.setLevel(before);
            driver.setUseParentHandlers(parents);
            driver.removeHandler(wire);
        }
        return wire;
    }

    @Test
    void theBenchmarksDocumentsAreOneStatementOnTheCompiledPathAndATransactionOnTheResolvers() throws Exception {
        Map<String, Object> q2 = Map.of("id", GlobalId.of("Meeting", "mwg-2"));
        Map<String, Object> q1 = Map.of("org", GlobalId.of("Organisation", "iom"), "from", "2016-01-01", "to",
                "2021-01-01");
        for (var document : List.of(Map.entry("Q1", q1), Map.entry("Q2", q2))) {
            String query = Files.readString(Path.of("bench/queries/majlis/" + document.getKey() + ".graphql"));
            Wire compiled = record(() -> assertEquals("compiled", GraphQLClient.postOnce(query, document.getValue())
                    .extract().header(GraphQLClient.ENGINE)));
            assertEquals(1, compiled.count("FE=> Execute") + compiled.count("FE=> SimpleQuery"),
                    document.getKey() + " compiled: " + compiled.sent);
            assertEquals(0, compiled.transactionControl(), document.getKey() + " compiled: " + compiled.sent);
            // the same count on the resolver path sees its transaction and its several statements
            Wire resolvers = record(() -> GraphQLClient.okOnResolvers(query, document.getValue()));
            assertTrue(resolvers.count("FE=> Execute") > 2, document.getKey() + " resolvers: " + resolvers.sent);
            assertTrue(resolvers.transactionControl() >= 1, document.getKey() + " resolvers: " + resolvers.sent);
        }
    }
}
