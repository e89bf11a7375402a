package org.majlis.health;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Set;

/** Which failures mean "the database is unavailable" rather than a fault of the request or of majlis. */
public final class DatabaseErrors {
    /**
     * admin_shutdown (a backend ended by a restart or {@code pg_terminate_backend}; a pooled connection reports it on
     * its next statement), crash_shutdown, cannot_connect_now (the server is starting up or shutting down).
     */
    private static final Set<String> OPERATOR_INTERVENTION = Set.of("57P01", "57P02", "57P03");

    private DatabaseErrors() {
    }

    /** A lost or refused connection (SQL state class 08 or the states above), or no pooled connection in time. */
    public static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (refused(sql)
                    || (sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || String.valueOf(sql.getMessage()).contains("Acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The server said it is going away or not yet back ({@code 57P01}–{@code 57P03}), or nothing listens
     * (pgJDBC's connection refused, 08001): unlike a hang or a lost packet, an answer that it is down.
     */
    static boolean refused(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && (OPERATOR_INTERVENTION.contains(state)
                || "08001".equals(state) && failure.getCause() instanceof ConnectException);
    }
}
