package org.majlis.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.majlis.seed.SeedFiles.PlacesFile;

/**
 * The data packages, one per dataset version: {@link #write} builds one from one database snapshot (the HTTP
 * route and {@code scripts/export} both go through it) and {@link #zipOf} keeps its zip in
 * {@code majlis.export.directory}, named by version and content hash, so each version is built once and then served
 * from the file. Only the current version can be built; an older one is served for as long as its zip stays there.
 */
@ApplicationScoped
public class DataPackages {
    static final String PLACES = "reference/places.yaml";
    /** A cached zip: majlis-v{version}-{first 16 hex digits of the content hash, or "unversioned"}.zip */
    private static final Pattern CACHED = Pattern.compile("majlis-v(\\d+)-([0-9a-z]+)\\.zip");
    private static final Logger LOG = Logger.getLogger(DataPackages.class);

    /** Its own pool (application.properties): no statement or socket time limit, one export at a time. */
    @Inject
    @DataSource("export")
    AgroalDataSource dataSource;
    @ConfigProperty(name = "majlis.export.directory")
    String exportDirectory;
    @ConfigProperty(name = "majlis.seed.directory")
    String seedDirectory;

    /** A built package's zip. */
    public record Zip(int version, String contentHash, Path file) {
        /** The package's name as users see it, e.g. majlis-v3.zip. */
        public String name() {
            return "majlis-v" + version + ".zip";
        }
    }

    /** The current version's zip, built first when it is not in the cache. */
    public synchronized Zip current() throws SQLException, IOException {
        Path directory = Path.of(exportDirectory);
        Optional<Zip> cached = cached(currentVersion());
        if (cached.isPresent() && cached.get().contentHash().equals(currentHash())) {
            return cached.get();
        }
        Files.createDirectories(directory);
        Path work = Files.createTempDirectory(directory, "building-");
        Path partial = Files.createTempFile(directory, "zip-", ".partial");
        try {
            DataPackageWriter.Written written = write(work, partial);
            Zip zip = new Zip(written.version(), tag(written.contentHash()),
                    directory.resolve(fileName(written.version(), written.contentHash())));
            Files.move(partial, zip.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.infof("Data package %s built: %d bytes", zip.file().getFileName(), Files.size(zip.file()));
            return zip;
        } finally {
            Files.deleteIfExists(partial);
            deleteTree(work);
        }
    }

    /**
     * {@code scripts/export DIR}: the current version's package into {@code target}, both unpacked
     * ({@code majlis-v{N}/}, replaced if there) and as the zip the HTTP route serves ({@code majlis-v{N}.zip}).
     */
    public Zip export(Path target) throws SQLException, IOException {
        Files.createDirectories(target);
        Path work = Files.createTempDirectory(target, "building-");
        Path partial = Files.createTempFile(target, "zip-", ".partial");
        try {
            DataPackageWriter.Written written = write(work, partial);
            Path unpacked = target.resolve("majlis-v" + written.version());
            if (Files.exists(unpacked)) {
                deleteTree(unpacked);
            }
            Files.move(work, unpacked);
            Zip zip = new Zip(written.version(), tag(written.contentHash()),
                    target.resolve("majlis-v" + written.version() + ".zip"));
            Files.move(partial, zip.file(), StandardCopyOption.REPLACE_EXISTING);
            return zip;
        } finally {
            Files.deleteIfExists(partial);
            if (Files.exists(work)) {
                deleteTree(work);
            }
        }
    }

    /** The zip of {@code version} if it was built (the newest build of it when it was built more than once). */
    public Optional<Zip> cached(int version) throws IOException {
        Path directory = Path.of(exportDirectory);
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> {
                Matcher m = CACHED.matcher(file.getFileName().toString());
                return m.matches() && Integer.parseInt(m.group(1)) == version
                        ? new Zip(version, m.group(2), file) : null;
            }).filter(zip -> zip != null).max(Comparator.comparing(zip -> zip.file().toFile().lastModified()));
        }
    }

    /**
     * Writes the package's files into {@code target} (which must exist) from one REPEATABLE READ READ ONLY
     * transaction, and zips them into {@code zipFile} as they are written.
     */
    private DataPackageWriter.Written write(Path target, Path zipFile) throws SQLException, IOException {
        PlacesFile gazetteer = gazetteer();
        try (Connection connection = dataSource.getConnection(); PackageZip zip = new PackageZip(target, zipFile)) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                DataPackageWriter.Written written = new DataPackageWriter(connection, target, gazetteer,
                        Path.of(seedDirectory, PLACES).toString(), zip::add).write();
                zip.finish();
                return written;
            } finally {
                connection.rollback();
            }
        }
    }

    int currentVersion() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT coalesce(max(version), 0) FROM dataset_version")) {
            row.next();
            return row.getInt(1);
        }
    }

    private String currentHash() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT content_sha256 FROM dataset_version ORDER BY version DESC LIMIT 1")) {
            return tag(row.next() ? row.getString(1) : null);
        }
    }

    /** What names a build of a version: its content hash, shortened; a database without versions has none. */
    private static String tag(String contentHash) {
        return contentHash == null ? "unversioned" : contentHash.substring(0, 16);
    }

    private static String fileName(int version, String contentHash) {
        return "majlis-v" + version + "-" + tag(contentHash) + ".zip";
    }

    private PlacesFile gazetteer() throws IOException {
        Path file = Path.of(seedDirectory, PLACES);
        try {
            return new ObjectMapper(new YAMLFactory()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(file.toFile(), PlacesFile.class);
        } catch (IOException e) {
            throw new IOException("The gazetteer " + file + " cannot be read (majlis.seed.directory): "
                    + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
