package org.majlis.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** When majlis uses its embedded PostgreSQL: only on a bare machine, unless MAJLIS_DB_EMBEDDED says otherwise. */
class EmbeddedDatabaseChoiceTest {
    private static final Predicate<InetSocketAddress> SERVER_ANSWERS = address -> true;
    private static final Predicate<InetSocketAddress> NOTHING_ANSWERS = address -> false;

    @Test
    void aBareMachineGetsTheEmbeddedDatabase() {
        assertTrue(EmbeddedDatabase.chosen(Map.of(), NOTHING_ANSWERS));
        assertTrue(EmbeddedDatabase.chosen(Map.of("MAJLIS_DB_NAME", "other", "MAJLIS_DB_EMBEDDED", " "),
                NOTHING_ANSWERS), "a database name alone does not point at a server");
    }

    @Test
    void aServerThatAnswersAtTheDefaultAddressIsUsed() {
        Predicate<InetSocketAddress> onlyTheDefault = address -> address.getPort() == 5432
                && "127.0.0.1".equals(address.getHostString());
        assertFalse(EmbeddedDatabase.chosen(Map.of(), onlyTheDefault));
    }

    @Test
    void aServerTheUserNamedIsUsedEvenWhenItIsDown() {
        assertFalse(EmbeddedDatabase.chosen(Map.of("MAJLIS_DB_HOST", "db.internal"), NOTHING_ANSWERS));
        assertFalse(EmbeddedDatabase.chosen(Map.of("MAJLIS_DB_PORT", "5433"), NOTHING_ANSWERS));
    }

    @Test
    void theSwitchForcesTheChoiceEitherWay() {
        assertTrue(EmbeddedDatabase.chosen(Map.of("MAJLIS_DB_EMBEDDED", "true"), SERVER_ANSWERS));
        assertTrue(EmbeddedDatabase.chosen(Map.of("MAJLIS_DB_EMBEDDED", "TRUE", "MAJLIS_DB_HOST", "x"),
                SERVER_ANSWERS));
        assertFalse(EmbeddedDatabase.chosen(Map.of("MAJLIS_DB_EMBEDDED", "false"), NOTHING_ANSWERS));
    }

    @Test
    void aSwitchThatIsNeitherTrueNorFalseIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> EmbeddedDatabase.chosen(Map.of("MAJLIS_DB_EMBEDDED", "yes"), NOTHING_ANSWERS));
        assertEquals("MAJLIS_DB_EMBEDDED must be true or false (or unset for automatic), not 'yes'",
                refused.getMessage());
    }
}
