package org.majlis.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Records dataset versions. Given the fingerprint of every record now in the database, it compares them with those
 * last recorded: when a record was added, modified (its fingerprint differs) or deleted, it writes version max + 1
 * with its time, the content hash of the whole record and the list of changes; when nothing changed it writes
 * nothing, and the version stays. It runs on the loader's connection, in its transaction and under its lock, so a
 * version and its facts commit or fail together.
 */
public final class ChangeLog {
    /** The order of records in the content hash and of the changes within a version: by type name, then key. */
    public static final Comparator<RecordKey> ORDER = Comparator.comparing((RecordKey k) -> k.type().name())
            .thenComparing(RecordKey::key);

    private ChangeLog() {
    }

    /** A record by its type and curated key (a document's key is its slug). */
    public record RecordKey(RecordType type, String key) {
    }

    /** What a load did to the version: the version after it, and how many records it added, modified, deleted. */
    public record Recorded(long version, int added, int modified, int deleted) {
        public boolean changed() {
            return added + modified + deleted > 0;
        }
    }

    /** Reads the fingerprint of every record now in the database (SHA-256 hex of its canonical content). */
    @FunctionalInterface
    public interface Fingerprints {
        Map<RecordKey, String> read(Connection connection) throws SQLException;
    }

    /**
     * @param written whether the load wrote anything; when it did not and a version exists, nothing can have changed
     *     and the fingerprints are not read (a database loaded before versions existed gets its first version at the
     *     next load, changed or not)
     */
    public static Recorded record(Connection connection, boolean written, Fingerprints fingerprints)
            throws SQLException {
        long latest = latest(connection);
        if (!written && latest > 0) {
            return new Recorded(latest, 0, 0, 0);
        }
        SortedMap<RecordKey, String> now = new TreeMap<>(ORDER);
        now.putAll(fingerprints.read(connection));
        // the records recorded and not deleted; a tombstone's key that is back counts as added
        Map<RecordKey, String> live = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT type, key, fingerprint FROM dataset_record"
                        + " WHERE deleted_in IS NULL")) {
            while (rows.next()) {
                live.put(new RecordKey(RecordType.valueOf(rows.getString(1)), rows.getString(2)), rows.getString(3));
            }
        }
        SortedMap<RecordKey, ChangeKind> changes = new TreeMap<>(ORDER);
        now.forEach((key, fingerprint) -> {
            String before = live.get(key);
            if (before == null) {
                changes.put(key, ChangeKind.ADDED);
            } else if (!before.equals(fingerprint)) {
                changes.put(key, ChangeKind.MODIFIED);
            }
        });
        live.keySet().stream().filter(key -> !now.containsKey(key))
                .forEach(key -> changes.put(key, ChangeKind.DELETED));
        if (changes.isEmpty()) {
            return new Recorded(latest, 0, 0, 0);
        }
        long version = latest + 1;
        Recorded recorded = new Recorded(version, count(changes, ChangeKind.ADDED), count(changes, ChangeKind.MODIFIED),
                count(changes, ChangeKind.DELETED));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dataset_version (version, loaded_at,"
                + " content_sha256, added, modified, deleted) VALUES (?, date_trunc('milliseconds', clock_timestamp()),"
                + " ?, ?, ?, ?)")) {
            insert.setLong(1, version);
            insert.setString(2, contentHash(now));
            insert.setInt(3, recorded.added());
            insert.setInt(4, recorded.modified());
            insert.setInt(5, recorded.deleted());
            insert.executeUpdate();
        }
        writeChanges(connection, version, changes, now);
        return recorded;
    }

    /** The version in the database now; 0 when the loader never wrote one. */
    public static long latest(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT " + DatasetVersion.SQL)) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * The content hash of the whole record: SHA-256 (hex) of the UTF-8 lines {@code TYPE key fingerprint\n} of every
     * record in the database, sorted by type name, then key ({@link #ORDER}); a record's fingerprint is the SHA-256
     * of its canonical content (org.majlis.seed.Fingerprints). Two databases have the same hash exactly when they
     * hold the same records with the same content.
     */
    public static String contentHash(SortedMap<RecordKey, String> fingerprints) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        fingerprints.forEach((key, fingerprint) -> digest.update((key.type().name() + " " + key.key() + " "
                + fingerprint + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static int count(Map<RecordKey, ChangeKind> changes, ChangeKind kind) {
        return (int) changes.values().stream().filter(kind::equals).count();
    }

    private static void writeChanges(Connection connection, long version, SortedMap<RecordKey, ChangeKind> changes,
            Map<RecordKey, String> fingerprints) throws SQLException {
        try (PreparedStatement change = connection.prepareStatement("INSERT INTO dataset_change (version, position,"
                + " kind, type, key) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement added = connection.prepareStatement("INSERT INTO dataset_record (type, key,"
                        + " fingerprint, added_in, changed_in) VALUES (?, ?, ?, ?, ?) ON CONFLICT (type, key) DO UPDATE"
                        // a tombstone's record back: it keeps the version it first appeared in
                        + " SET fingerprint = EXCLUDED.fingerprint, changed_in = EXCLUDED.changed_in, deleted_in = NULL");
                PreparedStatement modified = connection.prepareStatement("UPDATE dataset_record SET fingerprint = ?,"
                        + " changed_in = ? WHERE type = ? AND key = ?");
                PreparedStatement deleted = connection.prepareStatement("UPDATE dataset_record SET changed_in = ?,"
                        + " deleted_in = ? WHERE type = ? AND key = ?")) {
            int position = 0;
            for (Map.Entry<RecordKey, ChangeKind> entry : changes.entrySet()) {
                RecordKey key = entry.getKey();
                change.setLong(1, version);
                change.setInt(2, ++position);
                change.setString(3, entry.getValue().name());
                change.setString(4, key.type().name());
                change.setString(5, key.key());
                change.addBatch();
                switch (entry.getValue()) {
                    case ADDED -> {
                        added.setString(1, key.type().name());
                        added.setString(2, key.key());
                        added.setString(3, fingerprints.get(key));
                        added.setLong(4, version);
                        added.setLong(5, version);
                        added.addBatch();
                    }
                    case MODIFIED -> {
                        modified.setString(1, fingerprints.get(key));
                        modified.setLong(2, version);
                        modified.setString(3, key.type().name());
                        modified.setString(4, key.key());
                        modified.addBatch();
                    }
                    case DELETED -> {
                        deleted.setLong(1, version);
                        deleted.setLong(2, version);
                        deleted.setString(3, key.type().name());
                        deleted.setString(4, key.key());
                        deleted.addBatch();
                    }
                }
            }
            change.executeBatch();
            added.executeBatch();
            modified.executeBatch();
            deleted.executeBatch();
        }
    }
}
