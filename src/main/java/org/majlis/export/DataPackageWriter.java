package org.majlis.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.majlis.dataset.DatasetType;
import org.majlis.dataset.DatasetVersion;
import org.majlis.dataset.Licence;
import org.majlis.export.PackageStreams.CrlfRecords;
import org.majlis.export.PackageStreams.Hashing;
import org.majlis.export.PackageStreams.JsonArrayElements;
import org.majlis.seed.SeedFiles.PlacesFile;
import org.majlis.threads.DaemonThreads;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the data package of the database's current content into a directory: every file is read by COPY … TO STDOUT
 * straight into the file (PostgreSQL formats the rows; nothing holds more than a buffer), in two lanes that run side
 * by side on two connections reading one snapshot: the evidence (its three tables and the annotations, more than half
 * of the work at scale) on the second, everything else on the first. Then {@code datapackage.json} describes the
 * files with their sizes and SHA-256.
 */
final class DataPackageWriter {
    static final String DESCRIPTOR = "datapackage.json";
    static final String CONTEXT = "context/anno.jsonld";
    static final String ANNOTATIONS = "annotations.jsonld";
    static final String POPOLO = "popolo.json";
    static final String GEOJSON = "meetings.geojson";
    /** The canonical IRI of the Web Annotation context; its copy ships as {@link #CONTEXT}. */
    static final String ANNO_CONTEXT_IRI = "http://www.w3.org/ns/anno.jsonld";
    private static final String CSV_MEDIA_TYPE = "text/csv";
    /**
     * Rows of one JSON text each: CSV whose quote and delimiter are control characters, which JSON text never holds
     * raw, so PostgreSQL writes each value as it is (the text format would double every backslash).
     */
    static final String JSON_LINES = " TO STDOUT WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Logger LOG = Logger.getLogger(DataPackageWriter.class);

    /** What the package holds: the dataset version it was read at and its files, descriptor excluded. */
    record Written(int version, String contentHash, OffsetDateTime loadedAt, List<Resource> resources) {
    }

    /** A file of the package as the descriptor lists it. */
    record Resource(ObjectNode descriptor, String path, long bytes, String sha256) {
    }

    private final Connection connection;
    private final Connection second;
    private final Path directory;
    private final PlacesFile gazetteer;
    private final String gazetteerFile;
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    private final Consumer<String> written;

    /**
     * {@code connection} and {@code second} are in REPEATABLE READ READ ONLY transactions that have not read yet;
     * {@code written} hears of each file once it is complete (from either lane's thread), the descriptor last.
     */
    DataPackageWriter(Connection connection, Connection second, Path directory, PlacesFile gazetteer,
            String gazetteerFile, Consumer<String> written) {
        this.written = written;
        this.connection = connection;
        this.second = second;
        this.directory = directory;
        this.gazetteer = gazetteer;
        this.gazetteerFile = gazetteerFile;
    }

    /** The tables of the first lane: all but the evidence. */
    private static List<ExportTable> firstLaneTables() {
        return ExportTables.ALL.stream().filter(table -> table != ExportTables.EVIDENCE_TABLE).toList();
    }

    private static List<String> tableFiles(ExportTable table) {
        return List.of(table.csvFile(), table.hxlFile(), table.jsonlFile());
    }

    /** Every file in the order the zip holds them: the first lane's, the evidence lane's, the descriptor. */
    static List<String> zipOrder() {
        List<String> order = new ArrayList<>();
        firstLaneTables().forEach(table -> order.addAll(tableFiles(table)));
        order.addAll(List.of(POPOLO, CONTEXT, GEOJSON));
        order.addAll(tableFiles(ExportTables.EVIDENCE_TABLE));
        order.addAll(List.of(ANNOTATIONS, DESCRIPTOR));
        return order;
    }

    /** The files in the order the descriptor lists them: the tables, then the JSON documents. */
    private static List<String> descriptorOrder() {
        List<String> order = new ArrayList<>();
        ExportTables.ALL.forEach(table -> order.addAll(tableFiles(table)));
        order.addAll(List.of(POPOLO, CONTEXT, ANNOTATIONS, GEOJSON));
        return order;
    }

    Written write() throws SQLException, IOException {
        int version;
        String contentHash;
        OffsetDateTime loadedAt;
        String snapshot;
        // the transaction's first statement: its snapshot is the one every file below is read from, in both lanes
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT " + DatasetVersion.SQL + ", (SELECT content_sha256"
                        + " FROM dataset_version ORDER BY version DESC LIMIT 1), (SELECT max(loaded_at) FROM"
                        + " dataset_version), pg_export_snapshot()")) {
            row.next();
            version = row.getInt(1);
            contentHash = row.getString(2);
            loadedAt = row.getObject(3, OffsetDateTime.class);
            snapshot = row.getString(4);
        }
        try (Statement statement = second.createStatement()) {
            statement.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        CopyManager evidenceCopy = second.unwrap(PGConnection.class).getCopyAPI();
        ExecutorService evidenceLane = Executors.newSingleThreadExecutor(DaemonThreads.named("majlis-export-evidence"));
        Future<Void> evidence = evidenceLane.submit(() -> {
            writeTable(evidenceCopy, ExportTables.EVIDENCE_TABLE);
            writeJsonDocument(ANNOTATIONS, "annotations", "Evidence as W3C Web Annotations", Annotations.describe(),
                    "application/ld+json; profile=\"" + ANNO_CONTEXT_IRI + "\"", "jsonld",
                    out -> Annotations.write(evidenceCopy, version, out));
            return null;
        });
        try {
            for (ExportTable table : firstLaneTables()) {
                writeTable(copy, table);
            }
            writeJsonDocument(POPOLO, "popolo", "Popolo: people, organisations, memberships", Popolo.describe(),
                    "application/json", "json", out -> Popolo.write(copy, out));
            writeContext();
            writeJsonDocument(GEOJSON, "meetings-geojson", "Meetings placed at their city",
                    Places.describe(gazetteerFile), "application/geo+json", "geojson",
                    out -> Places.write(copy, gazetteer, gazetteerFile, out));
        } finally {
            // the evidence lane ends before its connection is given back, also when this lane failed
            awaitLane(evidence);
            evidenceLane.shutdown();
        }
        Written written = new Written(version, contentHash, loadedAt,
                descriptorOrder().stream().map(resources::get).toList());
        writeDescriptor(written);
        return written;
    }

    private static void awaitLane(Future<Void> lane) throws SQLException, IOException {
        try {
            lane.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the evidence of the data package", e);
        }
    }

    /** The CSV, its HXL variant (the CSV's rows behind a hashtag row) and the JSON Lines of one table. */
    private void writeTable(CopyManager copy, ExportTable table) throws SQLException, IOException {
        byte[] header = (table.header() + "\r\n").getBytes(StandardCharsets.UTF_8);
        String csv = table.csvFile();
        Path csvFile = directory.resolve(csv);
        file(csv, tabular(table, csv, table.title(), table.description(), null), out -> {
            out.write(header);
            copy.copyOut("COPY (" + table.csvSelect() + ") TO STDOUT WITH (FORMAT csv)", new CrlfRecords(out));
        });
        String hxl = table.hxlFile();
        file(hxl, tabular(table, hxl, table.title() + " (HXL)", "The same rows as " + csv + ", with a row of HXL"
                + " hashtags (hxlstandard.org) after the header; +i_ar and +i_en mark the two languages.", "#"),
                out -> {
                    out.write(header);
                    out.write((table.hashtags() + "\r\n").getBytes(StandardCharsets.UTF_8));
                    try (FileChannel rows = FileChannel.open(csvFile, StandardOpenOption.READ);
                            InputStream in = java.nio.channels.Channels.newInputStream(rows.position(header.length))) {
                        in.transferTo(out);
                    }
                });
        String jsonl = table.jsonlFile();
        ObjectNode lines = JSON.createObjectNode().put("name", table.name() + "-jsonl").put("path", jsonl)
                .put("title", table.title() + " (JSON Lines)")
                .put("description", "The same records as " + csv + ", one JSON object a line, values typed (numbers,"
                        + " booleans, arrays, null).")
                .put("format", "jsonl").put("mediatype", "application/jsonl").put("encoding", "utf-8");
        file(jsonl, lines, out -> copy.copyOut("COPY (" + table.jsonSelect() + ")" + JSON_LINES, out));
    }

    private ObjectNode tabular(ExportTable table, String path, String title, String description, String comment) {
        ObjectNode resource = JSON.createObjectNode().put("profile", "tabular-data-resource")
                .put("name", path.replace(".csv", "").replace('.', '-')).put("path", path).put("title", title)
                .put("description", description).put("format", "csv").put("mediatype", CSV_MEDIA_TYPE)
                .put("encoding", "utf-8");
        ObjectNode dialect = resource.putObject("dialect").put("delimiter", ",").put("lineTerminator", "\r\n")
                .put("quoteChar", "\"").put("doubleQuote", true).put("header", true);
        if (comment != null) {
            // the hashtag row is not a record: every first column's hashtag starts with #, no id or key does
            dialect.put("commentChar", comment);
        }
        ObjectNode schema = resource.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        for (ExportTable.Field f : table.fields()) {
            fields.addObject().put("name", f.name()).put("type", f.type()).put("description", f.description());
        }
        schema.putArray("missingValues").add("");
        if (!table.primaryKey().isEmpty()) {
            ArrayNode key = schema.putArray("primaryKey");
            table.primaryKey().forEach(key::add);
        }
        // Table Schema wants no empty list: a table without foreign keys has none
        ArrayNode foreignKeys = table.foreignKeys().isEmpty() ? JSON.createArrayNode() : schema.putArray("foreignKeys");
        for (ExportTable.ForeignKey fk : table.foreignKeys()) {
            ObjectNode reference = foreignKeys.addObject().put("fields", fk.field()).putObject("reference")
                    .put("fields", fk.referencedField());
            // a key to the same table names no resource (Table Schema: "")
            reference.put("resource", fk.resource().equals(table.name()) ? "" : fk.resource()
                    + (comment != null ? "-hxl" : ""));
        }
        return resource;
    }

    /** The Web Annotation context, shipped so that the annotations expand without the network. */
    private void writeContext() throws SQLException, IOException {
        ObjectNode resource = JSON.createObjectNode().put("name", "anno-context").put("path", CONTEXT)
                .put("title", "W3C Web Annotation JSON-LD context")
                .put("description", "A copy of " + ANNO_CONTEXT_IRI + " (W3C Software and Document License,"
                        + " https://www.w3.org/Consortium/Legal/2015/copyright-software-and-document), which "
                        + ANNOTATIONS + " names as its @context: load it from here to expand the annotations offline.")
                .put("format", "jsonld").put("mediatype", "application/ld+json").put("encoding", "utf-8");
        Files.createDirectories(directory.resolve(CONTEXT).getParent());
        file(CONTEXT, resource, out -> {
            try (InputStream in = DataPackageWriter.class.getResourceAsStream("/export/anno.jsonld")) {
                in.transferTo(out);
            }
        });
    }

    private void writeJsonDocument(String path, String name, String title, String description, String mediaType,
            String format, Body body) throws SQLException, IOException {
        ObjectNode resource = JSON.createObjectNode().put("name", name).put("path", path).put("title", title)
                .put("description", description).put("format", format).put("mediatype", mediaType)
                .put("encoding", "utf-8");
        file(path, resource, body);
    }

    /** The rows of {@code select}, one JSON value each, as the elements of a JSON array (without its brackets). */
    static void jsonArray(CopyManager copy, String select, OutputStream out) throws SQLException, IOException {
        JsonArrayElements elements = new JsonArrayElements(out);
        copy.copyOut("COPY (" + select + ")" + JSON_LINES, elements);
        elements.finish();
    }

    /** What writes a file's bytes. */
    interface Body {
        void write(OutputStream out) throws SQLException, IOException;
    }

    private void file(String path, ObjectNode descriptor, Body body) throws SQLException, IOException {
        long started = System.nanoTime();
        Hashing hashing;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(directory.resolve(path)), 1 << 16)) {
            hashing = new Hashing(file);
            body.write(hashing);
            hashing.flush();
        }
        long bytes = hashing.bytes();
        String sha256 = hashing.sha256();
        descriptor.put("bytes", bytes).put("hash", "sha256:" + sha256);
        resources.put(path, new Resource(descriptor, path, bytes, sha256));
        this.written.accept(path);
        LOG.infof("Data package: %s, %d bytes in %d ms", path, bytes, (System.nanoTime() - started) / 1_000_000);
    }

    private void writeDescriptor(Written written) throws IOException {
        DatasetType dataset = DatasetType.of(written.version(), written.loadedAt() == null ? null
                : written.loadedAt().toInstant(), written.contentHash());
        ObjectNode root = JSON.createObjectNode().put("profile", "data-package").put("name", "majlis")
                .put("id", "urn:majlis:dataset:v" + written.version())
                .put("title", DatasetType.TITLE)
                .put("description", "The curated record of migration-policy meetings in Libya: meetings, who took"
                        + " part and for which organisation, cited figures, and the words of the source documents"
                        + " that support each fact. " + dataset.sourceTexts())
                .put("version", String.valueOf(written.version()));
        if (written.loadedAt() != null) {
            root.put("created", written.loadedAt().toInstant().toString());
        }
        root.put("contentHash", written.contentHash()).put("citation", dataset.citation());
        root.putArray("keywords").add("migration").add("Libya").add("meetings").add("evidence");
        root.putArray("contributors").addObject().put("title", "majlis contributors").put("role", "author");
        root.putArray("licenses").addObject().put("name", Licence.DATA.spdxId()).put("path", Licence.DATA.url())
                .put("title", Licence.DATA.name());
        ArrayNode sources = root.putArray("sources");
        sources.addObject().put("title", "The source documents (documents.csv): news articles and press releases,"
                + " quoted in full for verification; they remain their publishers' and are not covered by the"
                + " package's licence");
        sources.addObject().put("title", gazetteer.source()).put("path", "https://www.geonames.org/");
        ArrayNode list = root.putArray("resources");
        written.resources().forEach(r -> list.add(r.descriptor()));
        JSON.writeValue(directory.resolve(DESCRIPTOR).toFile(), root);
        this.written.accept(DESCRIPTOR);
    }
}
