package org.majlis.dataset;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.majlis.graphql.GraphQLClient.failing;
import static org.majlis.graphql.GraphQLClient.id;
import static org.majlis.graphql.GraphQLClient.ok;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.majlis.seed.DatabaseSnapshot;
import org.majlis.seed.SeedFolders;
import org.majlis.seed.SeedLoader;
import org.majlis.seed.SeedValidationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Dataset versions through the real endpoint, on a copy of the seed folder: loading it, changing one annotation
 * file, removing a meeting and adding one each make exactly one version, and `dataset`, the records' `versions`,
 * `changes(since:)` and the Atom feed say exactly what changed; a load that changes no fact, and a refused load,
 * make none.
 */
@QuarkusTest
class DatasetVersionsTest {
    private static final String DOC_002 = "documents/002_3c0063343cd7b98a.yaml";
    private static final String DOC_003 = "documents/003_3dc5a4347485e1da.yaml";
    private static final String DOC_004 = "documents/004_cc636d1e65f8299b.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String DATASET = "{ dataset { version loadedAt contentHash citation licence { spdxId } } }";
    private static final String CHANGES = "query($since: Int!, $first: Int, $after: String) { changes(since: $since,"
            + " first: $first, after: $after) { totalCount nodes { version kind type key id }"
            + " pageInfo { hasNextPage endCursor } } }";
    private static final String VERSIONS = "query($id: ID!) { node(id: $id) { id ... on Meeting { versions { added"
            + " changed } } } }";

    @Inject
    SeedLoader loader;
    @Inject
    DatabaseSnapshot snapshot;
    @Inject
    DatasetVersion datasetVersion;

    @TempDir
    Path copy;

    /** The version before the test: the committed seeds, loaded (again). */
    private int base;

    @BeforeEach
    void loadTheCommittedSeeds() throws IOException {
        SeedFolders.copySeedsTo(copy);
        loader.load(copy);
        base = dataset().getInt("data.dataset.version");
    }

    @AfterEach
    void restoreSeeds() {
        loader.load(SeedFolders.SEEDS);
    }

    private void edit(String file, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) YAML.readTree(copy.resolve(file).toFile());
        change.accept(root);
        YAML.writeValue(copy.resolve(file).toFile(), root);
    }

    private static JsonPath dataset() {
        return ok(DATASET);
    }

    /** Every change after {@code since}, read page by page (2 per page) to follow the cursors. */
    private static List<Map<String, Object>> changes(int since) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        while (true) {
            Map<String, Object> variables = new HashMap<>(Map.of("since", since, "first", 2));
            if (after != null) {
                variables.put("after", after);
            }
            JsonPath page = ok(CHANGES, variables);
            all.addAll(page.getList("data.changes.nodes"));
            if (!page.getBoolean("data.changes.pageInfo.hasNextPage")) {
                assertEquals(page.getInt("data.changes.totalCount"), all.size());
                return all;
            }
            after = page.getString("data.changes.pageInfo.endCursor");
        }
    }

    private static Map<String, Object> change(int version, String kind, String type, String graphqlType, String key) {
        return Map.of("version", version, "kind", kind, "type", type, "key", key, "id", id(graphqlType, key));
    }

    private static Map<String, Object> meetingVersions(String key) {
        return ok(VERSIONS, Map.of("id", id("Meeting", key))).getMap("data.node.versions");
    }

    /** The feed's entries by meeting key: id, title, published, updated, category, link. */
    private static Map<String, Map<String, String>> feed() throws Exception {
        byte[] body = given().when().get("/feeds/meetings.atom").then().statusCode(200)
                .contentType("application/atom+xml; charset=utf-8").extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        NodeList entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        Map<String, Map<String, String>> byKey = new HashMap<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            Map<String, String> fields = new HashMap<>();
            for (String name : List.of("id", "title", "published", "updated", "content")) {
                fields.put(name, child(entry, name).getTextContent());
            }
            fields.put("category", child(entry, "category").getAttribute("term"));
            fields.put("link", child(entry, "link").getAttribute("href"));
            fields.put("position", String.valueOf(i));
            String content = fields.get("content");
            byKey.put(content.substring("Meeting ".length(), content.indexOf(',')), fields);
        }
        return byKey;
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0);
    }

    private static Instant instant(String rfc3339) {
        return OffsetDateTime.parse(rfc3339).toInstant();
    }

    /** The time the loader wrote a version, as `dataset.loadedAt` gave it right after that load. */
    private static String loadedAt() {
        return dataset().getString("data.dataset.loadedAt");
    }

    @Test
    void eachChangingLoadIsOneVersionAndChangesFeedAndVersionsSayWhatChanged() throws Exception {
        JsonPath before = dataset();
        assertEquals("CC-BY-4.0", before.getString("data.dataset.licence.spdxId"));
        String hashBefore = before.getString("data.dataset.contentHash");
        Map<String, Object> mazenBefore = meetingVersions("mazen-lamorgese");

        // 1. one annotation file changes one meeting's summary: that meeting is modified, nothing else
        edit(DOC_002, root -> ((ObjectNode) root.get("meetings").get(0).get("summary")).put("en", "A corrected summary."));
        loader.load(copy);
        JsonPath first = dataset();
        assertEquals(base + 1, first.getInt("data.dataset.version"));
        assertNotEquals(hashBefore, first.getString("data.dataset.contentHash"));
        assertTrue(first.getString("data.dataset.citation").contains("dataset version " + (base + 1)));
        String firstAt = first.getString("data.dataset.loadedAt");
        assertEquals(List.of(change(base + 1, "MODIFIED", "MEETING", "Meeting", "icmpd-review-2020")), changes(base));
        Map<String, Object> icmpd = meetingVersions("icmpd-review-2020");
        assertEquals(base + 1, icmpd.get("changed"));
        assertTrue((Integer) icmpd.get("added") <= base);
        assertEquals(mazenBefore, meetingVersions("mazen-lamorgese"), "an untouched meeting keeps its versions");
        Map<String, Map<String, String>> feed = feed();
        assertEquals("0", feed.get("icmpd-review-2020").get("position"), "the latest change comes first");
        assertEquals("modified", feed.get("icmpd-review-2020").get("category"));
        assertEquals(instant(firstAt), instant(feed.get("icmpd-review-2020").get("updated")));

        // 2. a meeting removed: deleted, its id no longer resolves, it leaves the feed
        String mazenId = id("Meeting", "mazen-lamorgese");
        edit(DOC_003, root -> ((ArrayNode) root.get("meetings")).remove(1));
        loader.load(copy);
        assertEquals(base + 2, dataset().getInt("data.dataset.version"));
        assertEquals(List.of(change(base + 2, "DELETED", "MEETING", "Meeting", "mazen-lamorgese")), changes(base + 1));
        assertNull(ok(VERSIONS, Map.of("id", mazenId)).get("data.node"));
        assertTrue(!feed().containsKey("mazen-lamorgese"));

        // 3. a meeting added: added in this version, first in the feed, with both titles (a key never used before in
        // this database, whose tests leave tombstones behind)
        String added = "reception-" + Long.toString(System.currentTimeMillis(), 36);
        edit(DOC_004, root -> {
            ObjectNode meeting = ((ObjectNode) root.get("meetings").get(0)).deepCopy();
            meeting.put("key", added);
            ((ObjectNode) meeting.get("title")).put("ar", "لقاء على هامش حفل الاستقبال").put("en", "A meeting at the reception");
            ((ArrayNode) root.get("meetings")).add(meeting);
        });
        loader.load(copy);
        String thirdAt = loadedAt();
        assertEquals(base + 3, dataset().getInt("data.dataset.version"));
        assertEquals(List.of(change(base + 3, "ADDED", "MEETING", "Meeting", added)),
                changes(base + 2));
        assertEquals(Map.of("added", base + 3, "changed", base + 3), meetingVersions(added));
        Map<String, String> entry = feed().get(added);
        assertEquals("0", entry.get("position"));
        assertEquals("added", entry.get("category"));
        assertEquals("A meeting at the reception — لقاء على هامش حفل الاستقبال", entry.get("title"));
        assertEquals(entry.get("published"), entry.get("updated"));
        assertEquals(instant(thirdAt), instant(entry.get("updated")));
        assertTrue(entry.get("id").matches("urn:uuid:[0-9a-f-]{36}"));
        assertTrue(entry.get("link").contains("/graphql?query=") && entry.get("link").contains(
                java.net.URLEncoder.encode(id("Meeting", added), StandardCharsets.UTF_8)));
        // the link is a working GraphQL GET of the record
        String path = entry.get("link").substring(entry.get("link").indexOf("/graphql"));
        assertEquals(added, given().urlEncodingEnabled(false).when().get(path).then()
                .statusCode(200).extract().jsonPath().getString("data.meeting.key"));

        // the three versions in order, and nothing after the latest
        assertEquals(List.of(change(base + 1, "MODIFIED", "MEETING", "Meeting", "icmpd-review-2020"),
                change(base + 2, "DELETED", "MEETING", "Meeting", "mazen-lamorgese"),
                change(base + 3, "ADDED", "MEETING", "Meeting", added)), changes(base));
        assertEquals(List.of(), changes(base + 3));
        assertEquals(base + 3, datasetVersion.current(), "the in-memory version follows a local load at once");

        // 4. the removed meeting comes back: added again in the version that restores it, first added long before
        loader.load(SeedFolders.SEEDS);
        assertEquals(base + 4, dataset().getInt("data.dataset.version"));
        assertEquals(List.of(change(base + 4, "MODIFIED", "MEETING", "Meeting", "icmpd-review-2020"),
                change(base + 4, "ADDED", "MEETING", "Meeting", "mazen-lamorgese"),
                change(base + 4, "DELETED", "MEETING", "Meeting", added)), changes(base + 3));
        assertEquals(Map.of("added", mazenBefore.get("added"), "changed", base + 4), meetingVersions("mazen-lamorgese"));
        assertEquals("added", feed().get("mazen-lamorgese").get("category"));
        assertEquals(hashBefore, dataset().getString("data.dataset.contentHash"), "the same content, the same hash");
    }

    @Test
    void aLoadThatChangesNoFactKeepsTheVersion() throws IOException {
        // a comment is no fact: the file's hash changes and the document is written again, but no record changed
        Path file = copy.resolve(DOC_002);
        Files.writeString(file, "# reviewed again\n" + Files.readString(file, StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        JsonPath before = dataset();
        assertEquals(1, loader.load(copy).documentsWritten());
        assertEquals(before.prettify(), dataset().prettify());
        assertEquals(List.of(), changes(base));
    }

    @Test
    void aRefusedLoadChangesNoVersion() throws IOException {
        edit(DOC_002, root -> {
            ((ObjectNode) root.get("meetings").get(0).get("summary")).put("en", "Never loaded.");
            ((ArrayNode) root.get("meetings").get(0).get("evidence")).set(0, root.textNode("كلمات لا ترد في النص"));
        });
        Map<String, String> tables = snapshot.take();
        JsonPath before = dataset();
        assertThrows(SeedValidationException.class, () -> loader.load(copy));
        assertEquals(tables, snapshot.take(), "no version, record or change was written");
        assertEquals(before.prettify(), dataset().prettify());
    }

    @Test
    void everyTrackedRecordSaysItsVersions() {
        JsonPath json = ok("{ meetings(first: 100) { nodes { versions { added changed } } }"
                + " people(first: 100) { nodes { versions { added changed } } }"
                + " organisations(first: 100) { nodes { versions { added changed } } }"
                + " figures(first: 100) { nodes { versions { added changed } } }"
                + " documents(first: 100) { nodes { versions { added changed } sourceUrl retrieved } } }");
        for (String list : List.of("meetings", "people", "organisations", "figures", "documents")) {
            List<Map<String, Integer>> versions = json.getList("data." + list + ".nodes.versions");
            assertTrue(!versions.isEmpty());
            for (Map<String, Integer> v : versions) {
                assertNotNull(v, list);
                assertTrue(v.get("added") >= 1 && v.get("added") <= v.get("changed") && v.get("changed") <= base,
                        list + ": " + v);
            }
        }
    }

    @Test
    void sinceMustBeAVersion() {
        JsonPath json = failing("{ changes(since: -1) { totalCount } }", Map.of());
        assertEquals("BAD_USER_INPUT", json.getString("errors[0].extensions.code"));
        assertEquals("`since` must be a dataset version, 0 or more (got -1).", json.getString("errors[0].message"));
    }
}
