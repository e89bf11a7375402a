package org.majlis.threads;

import java.util.concurrent.ThreadFactory;

/**
 * Threads of majlis' own background work (monitors, the dataset version's reader, the export's lanes): named, so a
 * thread dump says whose they are, and daemons, so none of them keeps the JVM alive after Quarkus has stopped.
 */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
