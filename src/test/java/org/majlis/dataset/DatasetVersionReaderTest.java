package org.majlis.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.majlis.graphql.GraphQLClient.ok;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.majlis.seed.DatabaseSnapshot;

/**
 * The in-memory dataset version follows a version written by another instance (here: straight into the database,
 * as another instance's loader would commit it) within about its refresh interval, and the SQL expression reads the
 * version of the statement's own snapshot.
 */
@QuarkusTest
class DatasetVersionReaderTest {
    @Inject
    DatasetVersion datasetVersion;
    @Inject
    DatabaseSnapshot snapshot;

    @Test
    void aVersionCommittedElsewhereIsSeenWithinASecond() throws InterruptedException {
        long current = ok("{ dataset { version } }").getInt("data.dataset.version");
        assertEquals(current, datasetVersion.current());
        long next = current + 1;
        snapshot.execute("INSERT INTO dataset_version (version, loaded_at, content_sha256, added, modified, deleted)"
                + " VALUES (" + next + ", now(), repeat('0', 64), 0, 0, 0)");
        try {
            long seenAfter = waitFor(next);
            System.out.printf("dataset version: another instance's version seen after %d ms%n", seenAfter);
            assertTrue(seenAfter <= 1000, "seen after " + seenAfter + " ms");
        } finally {
            snapshot.execute("DELETE FROM dataset_version WHERE version = " + next);
        }
        waitFor(current);
    }

    @Test
    void theSqlExpressionReadsTheCurrentVersion() {
        assertEquals(String.valueOf(ok("{ dataset { version } }").getInt("data.dataset.version")),
                snapshot.query("SELECT " + DatasetVersion.SQL));
    }

    /** Milliseconds until {@link DatasetVersion#current()} is {@code version} (fails after 5 s). */
    private long waitFor(long version) throws InterruptedException {
        long start = System.nanoTime();
        while (datasetVersion.current() != version) {
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "the version " + version + " was never read");
            Thread.sleep(10);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
