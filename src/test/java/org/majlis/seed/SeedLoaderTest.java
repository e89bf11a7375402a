package org.majlis.seed;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.majlis.graphql.GraphQLClient.id;
import static org.majlis.graphql.GraphQLClient.ok;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader against the real database: bad files are refused with file, path and reason and leave the database
 * exactly as it was; the same content loads as a no-op; a changed file replaces its document's facts.
 */
@QuarkusTest
class SeedLoaderTest {
    private static final Path SEEDS = SeedFolders.SEEDS;
    private static final String DOC_000 = "documents/000_e7d8c3e96517a59a.yaml";
    private static final String DOC_001 = "documents/001_67b11c7e792b4555.yaml";
    private static final String DOC_002 = "documents/002_3c0063343cd7b98a.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Inject
    SeedLoader loader;
    @Inject
    DatabaseSnapshot snapshot;

    @TempDir
    Path copy;

    @BeforeEach
    void copySeeds() throws IOException {
        SeedFolders.copySeedsTo(copy);
    }

    @AfterEach
    void restoreSeeds() {
        loader.load(SEEDS);
    }

    private void edit(String file, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) YAML.readTree(copy.resolve(file).toFile());
        change.accept(root);
        YAML.writeValue(copy.resolve(file).toFile(), root);
    }

    private SeedValidationException refused() {
        Map<String, String> before = snapshot.take();
        SeedValidationException e = assertThrows(SeedValidationException.class, () -> loader.load(copy));
        assertEquals(before, snapshot.take(), "a refused load must leave the database as it was");
        return e;
    }

    @Test
    void aQuoteNotInTheTextIsRefusedWithFileAndPath() throws IOException {
        edit(DOC_001, root -> ((ArrayNode) root.get("meetings").get(0).get("participants").get(0).get("evidence"))
                .set(0, root.textNode("كلمات لا ترد في النص")));
        SeedValidationException e = refused();
        assertThat(e.getMessage(), containsString(DOC_001 + ": meetings[0].participants[0].evidence[0]: quote not found"
                + " verbatim in the document: \"كلمات لا ترد في النص\""));
    }

    @Test
    void aQuoteThatOccursTwiceIsRefused() throws IOException {
        edit(DOC_001, root -> ((ArrayNode) root.get("meetings").get(0).get("evidence")).set(0, root.textNode("طرابلس")));
        assertThat(refused().getMessage(),
                containsString(DOC_001 + ": meetings[0].evidence[0]: quote occurs 4 times in the document"));
    }

    @Test
    void anUnknownReferenceIsRefused() throws IOException {
        edit(DOC_002, root -> ((ObjectNode) root.get("meetings").get(0).get("participants").get(0))
                .put("organisation", "no-such-organisation"));
        assertThat(refused().getMessage(), containsString(
                DOC_002 + ": meetings[0].participants[0].organisation: unknown organisation 'no-such-organisation'"));
    }

    @Test
    void invalidEnumsAndDatesAreRefused() throws IOException {
        edit(DOC_002, root -> {
            ObjectNode meeting = (ObjectNode) root.get("meetings").get(0);
            meeting.put("kind", "PARTY");
            ((ObjectNode) meeting.get("date")).put("earliest", "2020-01-21");
        });
        String message = refused().getMessage();
        assertThat(message, containsString(DOC_002 + ": meetings[0].kind: 'PARTY' is not one of [BILATERAL,"));
        assertThat(message, containsString(DOC_002 + ": meetings[0].date: earliest 2020-01-21 is after latest 2020-01-20"));
    }

    @Test
    void aMeasureThatIsNotAKeyIsRefused() throws IOException {
        edit(DOC_001, root -> ((ObjectNode) root.get("figures").get(1)).put("measure", "Migrants in Libya"));
        assertThat(refused().getMessage(), containsString(DOC_001 + ": figures[1].measure: must be lowercase words"
                + " joined by '-', e.g. 'migrants-in-libya' (got 'Migrants in Libya')"));
    }

    @Test
    void figuresOfOneMeasureInDifferentUnitsAreRefused() throws IOException {
        edit(DOC_002, root -> ((ObjectNode) root.get("figures").get(0)).put("measure", "migrants-in-libya"));
        assertThat(refused().getMessage(), containsString(DOC_002 + ": figures[0].measure: figures of measure"
                + " 'migrants-in-libya' count in unit 'person', not 'organisation'"));
    }

    @Test
    void anImpossibleDateIsRefusedWithItsPath() throws IOException {
        edit(DOC_002, root -> ((ObjectNode) root.get("meetings").get(0).get("date")).put("latest", "2020-02-30"));
        assertThat(refused().getMessage(), containsString(
                DOC_002 + ": meetings[0].date.latest: invalid value '2020-02-30': expected a date YYYY-MM-DD"));
    }

    @Test
    void malformedYamlIsRefusedWithItsLine() throws IOException {
        Files.writeString(copy.resolve(DOC_001), "title: {ar: \"unterminated\n", StandardCharsets.UTF_8);
        String message = refused().getMessage();
        assertThat(message, containsString(DOC_001 + ": is not valid YAML"));
        assertThat(message, containsString("while scanning a quoted scalar (line 1, column 11)"));
    }

    @Test
    void anUnknownFieldIsRefused() throws IOException {
        edit(DOC_001, root -> root.put("colour", "blue"));
        assertThat(refused().getMessage(), containsString(DOC_001 + ": colour: unknown field 'colour'"));
    }

    @Test
    void aFolderWithUnconfirmedDraftsIsRefusedNamingEachOfThem() throws IOException {
        edit(DOC_002, root -> {
            ((ObjectNode) root.get("meetings").get(0).get("participants").get(0)).put("draft", true)
                    .put("draftNote", "quoted as speaking");
            ((ObjectNode) root.get("figures").get(1)).put("draft", true);
        });
        String message = refused().getMessage();
        assertThat(message, containsString("(2 problems)"));
        assertThat(message, containsString(DOC_002 + ": meetings[0].participants[0]: unconfirmed draft (quoted as"
                + " speaking): confirm it (delete its draft and draftNote) or delete it"));
        assertThat(message, containsString(DOC_002 + ": figures[1]: unconfirmed draft: confirm it (delete its draft and"
                + " draftNote) or delete it"));
    }

    @Test
    void aTextWithoutAnnotationsIsRefused() throws IOException {
        Files.writeString(copy.resolve("documents/005_new.txt"), "نص جديد", StandardCharsets.UTF_8);
        assertThat(refused().getMessage(),
                containsString("documents/005_new.txt: has no annotation file documents/005_new.yaml"));
    }

    @Test
    void loadingTheSameContentAgainChangesNothing() {
        Map<String, String> before = snapshot.take();
        SeedLoader.Result result = loader.load(SEEDS);
        assertEquals(new SeedLoader.Result(0, 5, 0, false), result);
        assertEquals(before, snapshot.take());
    }

    @Test
    void aChangedAnnotationFileReplacesThatDocumentsFacts() throws IOException {
        String query = "query($id: ID!) { meeting(id: $id) { id summary { en } participants { person { key } } } }";
        Map<String, String> vars = Map.of("id", id("Meeting", "icmpd-review-2020"));
        String before = ok(query, vars).getString("data.meeting.summary.en");
        edit(DOC_002, root -> {
            ObjectNode meeting = (ObjectNode) root.get("meetings").get(0);
            ((ObjectNode) meeting.get("summary")).put("en", "A corrected summary.");
            ((ArrayNode) meeting.get("participants")).remove(3);
        });
        Map<String, String> tables = snapshot.take();
        assertEquals(new SeedLoader.Result(1, 4, 0, false), loader.load(copy));
        assertEquals("A corrected summary.", ok(query, vars).getString("data.meeting.summary.en"));
        assertEquals(3, ok(query, vars).getList("data.meeting.participants").size());
        // the other documents and the reference rows are untouched
        Map<String, String> after = snapshot.take();
        assertEquals(tables.get("organisation"), after.get("organisation"));
        assertNotEquals(tables.get("participation"), after.get("participation"));
        assertEquals(new SeedLoader.Result(1, 4, 0, false), loader.load(SEEDS));
        assertEquals(before, ok(query, vars).getString("data.meeting.summary.en"));
    }

    @Test
    void aKeyMovedToADocumentWrittenEarlierIsLoaded() throws IOException {
        // 000 takes over the key mwg-2 that 001 gives up: 000 is written first, while 001's old rows still hold it
        edit(DOC_001, root -> {
            ((ObjectNode) root.get("meetings").get(0)).put("key", "mwg-2-renamed");
            root.get("figures").forEach(figure -> ((ObjectNode) figure).put("meeting", "mwg-2-renamed"));
        });
        edit(DOC_000, root -> ((ObjectNode) root.get("meetings").get(0)).put("key", "mwg-2"));
        assertEquals(new SeedLoader.Result(2, 3, 0, false), loader.load(copy));
        String query = "query($id: ID!) { meeting(id: $id) { document { slug } } }";
        assertEquals("000_e7d8c3e96517a59a",
                ok(query, Map.of("id", id("Meeting", "mwg-2"))).getString("data.meeting.document.slug"));
        assertEquals("001_67b11c7e792b4555",
                ok(query, Map.of("id", id("Meeting", "mwg-2-renamed"))).getString("data.meeting.document.slug"));
    }

    @Test
    void twoLoadsAtOnceWriteTheChangeOnce() throws Exception {
        edit(DOC_002, root -> ((ObjectNode) root.get("meetings").get(0).get("summary")).put("en", "Loaded twice at once."));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<SeedLoader.Result> first = pool.submit(() -> loader.load(copy));
            Future<SeedLoader.Result> second = pool.submit(() -> loader.load(copy));
            // the advisory lock serialises them; the second finds the content already there
            assertEquals(1, first.get(60, TimeUnit.SECONDS).documentsWritten()
                    + second.get(60, TimeUnit.SECONDS).documentsWritten());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLoadThatFailsHalfWayLeavesThePreviousDataIntact() throws IOException {
        edit(DOC_002, root -> ((ObjectNode) root.get("meetings").get(0).get("summary")).put("en", "Never committed."));
        Map<String, String> before = snapshot.take();
        // the database fails after the document's old facts are deleted and its meetings rewritten
        snapshot.execute("CREATE FUNCTION fail_figure_insert() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN RAISE EXCEPTION 'simulated crash in the middle of a load'; END $$");
        snapshot.execute("CREATE TRIGGER fail_figure_insert BEFORE INSERT ON cited_figure FOR EACH ROW"
                + " EXECUTE FUNCTION fail_figure_insert()");
        try {
            assertThrows(RuntimeException.class, () -> loader.load(copy));
        } finally {
            snapshot.execute("DROP TRIGGER fail_figure_insert ON cited_figure");
            snapshot.execute("DROP FUNCTION fail_figure_insert()");
        }
        assertEquals(before, snapshot.take());
    }

    @Test
    void everySeedTextIsInTheBasicMultilingualPlane() throws IOException {
        // evidence offsets count Java chars; W3C selectors count code points: they agree only on BMP text
        try (Stream<Path> texts = Files.list(SEEDS.resolve("documents"))) {
            for (Path text : texts.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String body = Files.readString(text, StandardCharsets.UTF_8);
                assertEquals(body.length(), body.codePointCount(0, body.length()), text.toString());
                assertFalse(body.chars().anyMatch(c -> Character.isSurrogate((char) c)), text.toString());
            }
        }
    }

}
