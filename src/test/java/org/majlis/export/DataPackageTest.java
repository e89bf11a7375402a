package org.majlis.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.majlis.graphql.GraphQLClient.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The data package over HTTP, against the API that serves the same database: each table's CSV has as many rows as
 * GraphQL's totalCount, each file the size and SHA-256 the descriptor gives, each Web Annotation's quote is its
 * document's text between its offsets. (The node tests validate every format with its own ecosystem's tools.)
 */
@QuarkusTest
class DataPackageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, byte[]> files;
    private static String location;
    private static Response download;

    /** Downloads the package once, in the first test (RestAssured knows the test port only once Quarkus runs). */
    @BeforeEach
    void download() throws IOException {
        if (files != null) {
            return;
        }
        location = given().redirects().follow(false).when().get(DataPackageRoute.LATEST).then().statusCode(302)
                .extract().header("Location");
        download = given().when().get(location);
        download.then().statusCode(200).contentType("application/zip");
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.asByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        files = entries;
    }

    @Test
    void theLatestPackageIsTheCurrentVersionWithItsEtag() {
        int version = ok("{ dataset { version } }").getInt("data.dataset.version");
        assertEquals("/data/majlis-v" + version + ".zip", location);
        String etag = download.header("ETag");
        assertTrue(etag.startsWith("\"majlis-v" + version + "-"), etag);
        assertEquals("public, max-age=31536000, immutable", download.header("Cache-Control"));
        assertEquals("attachment; filename=\"majlis-v" + version + ".zip\"", download.header("Content-Disposition"));
        given().header("If-None-Match", etag).when().get(location).then().statusCode(304).body(emptyString());
        given().when().get("/data/majlis-v" + (version + 1000) + ".zip").then().statusCode(404);
    }

    @Test
    void everyFileHasTheSizeAndHashTheDescriptorGives() throws Exception {
        JsonNode descriptor = JSON.readTree(files.get("datapackage.json"));
        int version = ok("{ dataset { version } }").getInt("data.dataset.version");
        assertEquals(String.valueOf(version), descriptor.get("version").asText());
        assertEquals("CC-BY-4.0", descriptor.get("licenses").get(0).get("name").asText());
        assertEquals(files.size() - 1, descriptor.get("resources").size(), "every file but the descriptor listed");
        for (JsonNode resource : descriptor.get("resources")) {
            byte[] bytes = files.get(resource.get("path").asText());
            assertTrue(bytes != null, resource.get("path").asText());
            assertEquals(resource.get("bytes").asLong(), bytes.length, resource.get("path").asText());
            assertEquals(resource.get("hash").asText(),
                    "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
    }

    @Test
    void eachTableHasAsManyRowsAsTheApiCounts() throws IOException {
        JsonPath counts = ok("{ meetings(first: 1) { totalCount } people(first: 1) { totalCount }"
                + " organisations(first: 1) { totalCount } figures(first: 1) { totalCount }"
                + " documents(first: 1) { totalCount } }");
        for (String table : List.of("meetings", "people", "organisations", "figures", "documents")) {
            int total = counts.getInt("data." + table + ".totalCount");
            assertTrue(total > 0, table);
            assertEquals(total, rows(table + ".csv").size(), table + ".csv");
            // the HXL variant: the same rows behind one row of hashtags
            List<CSVRecord> hxl = rows(table + ".hxl.csv");
            assertEquals(total + 1, hxl.size(), table + ".hxl.csv");
            hxl.get(0).forEach(tag -> assertTrue(tag.matches("#[a-z]+(\\+[a-z_]+)*"), tag));
            assertEquals(total, new String(files.get(table + ".jsonl"), StandardCharsets.UTF_8).lines().count());
        }
        // ids are the API's: the first meeting of the CSV is a node of the API with its key
        CSVRecord meeting = rows("meetings.csv").get(0);
        assertEquals(meeting.get("key"), ok("query($id: ID!) { node(id: $id) { ... on Meeting { key } } }",
                Map.of("id", meeting.get("id"))).getString("data.node.key"));
    }

    @Test
    void everyAnnotationQuotesItsDocumentBetweenItsOffsets() throws IOException {
        Map<String, String> texts = new HashMap<>();
        JsonPath documents = ok("{ documents(first: 100) { nodes { slug text } } }");
        List<Map<String, String>> nodes = documents.getList("data.documents.nodes");
        nodes.forEach(d -> texts.put("urn:majlis:document:" + d.get("slug"), d.get("text")));
        JsonNode page = JSON.readTree(files.get("annotations.jsonld"));
        assertEquals("http://www.w3.org/ns/anno.jsonld", page.get("@context").asText());
        JsonNode items = page.get("items");
        assertEquals(rows("evidence.csv").size(), items.size(), "one annotation per evidence row");
        assertFalse(items.isEmpty());
        for (JsonNode annotation : items) {
            JsonNode target = annotation.get("target");
            String text = texts.get(target.get("source").asText());
            JsonNode quote = target.get("selector").get(0);
            JsonNode position = target.get("selector").get(1);
            assertEquals("TextQuoteSelector", quote.get("type").asText());
            assertEquals("TextPositionSelector", position.get("type").asText());
            // Web Annotation offsets count code points
            int start = text.offsetByCodePoints(0, position.get("start").asInt());
            int end = text.offsetByCodePoints(0, position.get("end").asInt());
            assertEquals(quote.get("exact").asText(), text.substring(start, end), annotation.get("id").asText());
            assertTrue(text.substring(0, start).endsWith(quote.get("prefix").asText()));
            assertTrue(text.substring(end).startsWith(quote.get("suffix").asText()));
        }
    }

    private static List<CSVRecord> rows(String file) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(files.get(file), StandardCharsets.UTF_8))).getRecords();
    }
}
