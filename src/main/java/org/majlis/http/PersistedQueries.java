package org.majlis.http;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Operations known by the SHA-256 of their text: the committed operations of the mobile app
 * ({@code clients/mobile/*.graphql}, loaded at start-up) and those clients register through Apollo's automatic
 * persisted queries (kept in memory, at most {@code majlis.graphql.apq-capacity}).
 */
@ApplicationScoped
public class PersistedQueries {
    private static final Logger LOG = Logger.getLogger(PersistedQueries.class);

    @ConfigProperty(name = "majlis.graphql.persisted-dir", defaultValue = "clients/mobile")
    String directory;
    @ConfigProperty(name = "majlis.graphql.apq-capacity", defaultValue = "10000")
    int capacity;

    private final Map<String, String> committed = new ConcurrentHashMap<>();
    private final Map<String, String> registered = new ConcurrentHashMap<>();

    void load(@Observes StartupEvent event) throws IOException {
        Path folder = Path.of(directory);
        if (!Files.isDirectory(folder)) {
            LOG.warnf("No committed operations: %s is not a folder", folder.toAbsolutePath());
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
                String query = Files.readString(file, StandardCharsets.UTF_8);
                committed.put(sha256(query), query);
                LOG.infof("Committed operation %s: %s", file.getFileName(), sha256(query));
            }
        }
    }

    public String find(String hash) {
        String query = committed.get(hash);
        return query != null ? query : registered.get(hash);
    }

    public boolean isCommitted(String hash) {
        return committed.containsKey(hash);
    }

    /** Remembers a client's operation; false when the store is full (the client then keeps sending the text). */
    public boolean register(String hash, String query) {
        if (committed.containsKey(hash) || registered.containsKey(hash)) {
            return true;
        }
        if (registered.size() >= capacity) {
            return false;
        }
        registered.put(hash, query);
        return true;
    }

    /** The lowercase hex SHA-256 of the UTF-8 text, as Apollo clients compute it. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
