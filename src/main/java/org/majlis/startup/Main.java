package org.majlis.startup;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;

/**
 * The service's entry point. On a machine without a PostgreSQL server it first starts majlis' embedded one
 * ({@link EmbeddedDatabase}): the datasources read their address when Quarkus starts, so it must be up before.
 */
@QuarkusMain
public final class Main {
    private Main() {
    }

    public static void main(String... args) {
        EmbeddedDatabase.startIfChosen(System.getenv());
        Quarkus.run(Service.class, (status, cause) -> {
            if (cause != null) {
                // Quarkus reports a failed start itself only when it has no exit handler of the caller's
                Logger.getLogger(Application.class).errorv(cause, "Failed to start application");
            }
            // a failed start ends here without a ShutdownEvent (DatabaseStartup.onStop): the database goes with it
            EmbeddedDatabase.stopIfRunning();
            ApplicationLifecycleManager.getDefaultExitCodeHandler().accept(status, cause);
        }, args);
    }

    /**
     * Serves until asked to stop, as Quarkus does without a main class; with the arguments {@code export DIR}
     * ({@code scripts/export}) it writes the data package into DIR and exits instead.
     */
    public static final class Service implements QuarkusApplication {
        @Override
        public int run(String... args) throws Exception {
            if (args.length > 0 && args[0].equals("export")) {
                return ExportCommand.run(args);
            }
            if (args.length > 0) {
                System.err.println("Unknown arguments " + String.join(" ", args) + ": the service takes none, or"
                        + " 'export DIR' to write the data package into DIR.");
                return 2;
            }
            Quarkus.waitForExit();
            return 0;
        }
    }
}
