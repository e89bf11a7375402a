package org.majlis.draft;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.majlis.graphql.GraphQLClient.id;
import static org.majlis.graphql.GraphQLClient.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.majlis.seed.DatabaseSnapshot;
import org.majlis.seed.SeedFolders;
import org.majlis.seed.SeedLoader;
import org.majlis.seed.SeedValidationException;

/**
 * {@code scripts/draft-annotations} as a curator uses it: a new text drafted into a copy of the seed folder,
 * validate-seeds listing what is unconfirmed, the loader refusing it and changing nothing, and, once the curator has
 * confirmed the items and moved the new people and bodies to reference/, the folder valid and loaded, its meeting
 * served. And the command's refusals: usage, an existing output file, no database.
 */
@QuarkusTest
class DraftAnnotationsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String TEXT = "documents/005_p7tunis.txt";
    private static final String DRAFT = "documents/005_p7tunis.yaml";

    @Inject
    SeedLoader loader;
    @Inject
    DatabaseSnapshot snapshot;

    @TempDir
    Path copy;

    @AfterEach
    void restoreSeeds() {
        loader.load(SeedFolders.SEEDS);
    }

    private record Run(int status, String out, String err) {
    }

    /** A script run against the test database, from the folder above the copy. */
    private static Run script(String script, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(Path.of("scripts", script).toAbsolutePath()
                .toString()), Stream.of(args)).toList());
        builder.environment().put("MAJLIS_DB_NAME", System.getenv().getOrDefault("MAJLIS_TEST_DB_NAME", "majlis_test"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), script + " finished");
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void aNewTextGoesFromADraftToALoadedSeedOnceItsCuratorHasConfirmedIt() throws Exception {
        SeedFolders.copySeedsTo(copy);
        Files.copy(Path.of("src/test/resources/drafts/development/p7-tunis.txt"), copy.resolve(TEXT));

        Run drafted = script("draft-annotations", copy.resolve(TEXT).toString(), "--out", copy.resolve(DRAFT).toString());
        assertEquals(0, drafted.status(), drafted.err());
        // its summary (a first run may also have compiled the project, with Maven's output before it)
        // (Maven 3.8 writes empty ANSI resets without a line break)
        String summary = drafted.err().replaceAll("\u001B\\[[0-9;]*m", "").lines()
                .filter(line -> line.startsWith("draft-annotations: ")).findFirst().orElse(drafted.err());
        assertThat(summary, matchesPattern("draft-annotations: 005_p7tunis.txt: 1 meeting\\(s\\), 2 participant\\(s\\)"
                + " \\(2 new\\), .* \\d+ draft items to confirm, written to .*005_p7tunis.yaml"));
        assertThat(Files.readString(copy.resolve(DRAFT)), startsWith("# A DRAFT written by scripts/draft-annotations"));

        Run listed = script("validate-seeds", copy.toString());
        assertEquals(3, listed.status(), listed.out());
        assertThat(listed.out(), containsString(DRAFT + ": meetings[0].participants[0]: unconfirmed draft ("));
        assertThat(listed.out(), containsString(DRAFT + ": newPeople[0]: unconfirmed draft (Proposed: presented by"));
        assertThat(listed.out(), matchesPattern("(?s).*: 6 documents, 19 organisations, 13 people, 55 places: valid, but"
                + " \\d+ draft items in 1 file to confirm before the loader takes it\\s*"));

        Map<String, String> before = snapshot.take();
        SeedValidationException refused = assertThrows(SeedValidationException.class, () -> loader.load(copy));
        assertThat(refused.getMessage(), containsString(DRAFT + ": meetings[0]: unconfirmed draft ("));
        assertEquals(before, snapshot.take(), "a refused load changes nothing");

        confirm();
        Run valid = script("validate-seeds", copy.toString());
        assertEquals(0, valid.status(), valid.out());
        assertThat(valid.out(), containsString(": 6 documents, 20 organisations, 15 people, 55 places: valid"));
        assertEquals(new SeedLoader.Result(1, 5, 0, true), loader.load(copy));
        String query = "query($id: ID!) { meeting(id: $id) { date { edtf } city { name { en } basis } participants { person"
                + " { name { ar } } role organisation { name { ar } } } } }";
        var meeting = ok(query, Map.of("id", id("Meeting", "p7tunis-meeting-1")));
        assertEquals("2024-05-08", meeting.getString("data.meeting.date.edtf"));
        assertEquals("Tunis", meeting.getString("data.meeting.city.name.en"));
        assertEquals(List.of("عمر القماطي", "سلمى بن يوسف"), meeting.getList("data.meeting.participants.person.name.ar"));
    }

    /** What the curator does: deletes every draft mark, moves the new people and bodies to reference/. */
    private void confirm() throws IOException {
        ObjectNode draft = (ObjectNode) YAML.readTree(copy.resolve(DRAFT).toFile());
        undraft(draft);
        move(draft.remove("newPeople"), "reference/people.yaml", "people");
        move(draft.remove("newOrganisations"), "reference/organisations.yaml", "organisations");
        YAML.writeValue(copy.resolve(DRAFT).toFile(), draft);
    }

    private static void undraft(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("draft", "draftNote"));
        }
        node.forEach(DraftAnnotationsTest::undraft);
    }

    private void move(JsonNode entries, String file, String list) throws IOException {
        ObjectNode reference = (ObjectNode) YAML.readTree(copy.resolve(file).toFile());
        entries.forEach(((ArrayNode) reference.get(list))::add);
        YAML.writeValue(copy.resolve(file).toFile(), reference);
    }

    private static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DraftAnnotations.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCommandRefusesBadArgumentsAnExistingOutputAndADatabaseItCannotUse() throws IOException {
        String text = "src/test/resources/drafts/development/p6-zuwara.txt";
        Run noFile = run(Map.of());
        assertEquals(DraftAnnotations.USAGE_ERROR, noFile.status());
        assertThat(noFile.err(), startsWith("draft-annotations: no text file given\nusage: scripts/draft-annotations"));
        Run badDate = run(Map.of(), text, "--published", "8.11.2021");
        assertEquals(DraftAnnotations.USAGE_ERROR, badDate.status());
        assertThat(badDate.err(), startsWith("draft-annotations: --published takes a date YYYY-MM-DD (got '8.11.2021')"));
        Path existing = Files.writeString(copy.resolve("annotations.yaml"), "title: {ar: عنوان}\n");
        Run overwrite = run(Map.of(), text, "--out", existing.toString());
        assertEquals(DraftAnnotations.USAGE_ERROR, overwrite.status());
        assertThat(overwrite.err(), containsString("exists; a draft never overwrites annotations"));
        assertEquals("title: {ar: عنوان}\n", Files.readString(existing));

        Map<String, String> nowhere = new HashMap<>(Map.of("MAJLIS_DB_PORT", "1"));
        Run noDatabase = run(nowhere, text, "--out", copy.resolve("draft.yaml").toString());
        assertEquals(DraftAnnotations.FAILED, noDatabase.status());
        assertThat(noDatabase.err(), startsWith("draft-annotations: cannot use the database at"
                + " jdbc:postgresql://127.0.0.1:1/majlis"));
        assertThat(noDatabase.err(), containsString("majlis_normalise"));
        assertFalse(Files.exists(copy.resolve("draft.yaml")));
    }
}
