package org.majlis.seed;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed validator without the service or a database (plain JUnit, no Quarkus): the committed seeds pass, and a
 * broken copy is refused with the file, the path inside it and the reason, as the loader would refuse it.
 */
class ValidateSeedsTest {
    private static final String DOC_001 = "documents/001_67b11c7e792b4555.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path copy;

    private record Run(int status, List<String> out, String err) {
    }

    @BeforeEach
    void copySeeds() throws IOException {
        SeedFolders.copySeedsTo(copy);
    }

    private static Run validate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ValidateSeeds.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
    }

    /** Changes the first meeting of document 001 in the copy. */
    private void editFirstMeeting(Consumer<ObjectNode> change) throws IOException {
        Path file = copy.resolve(DOC_001);
        ObjectNode root = (ObjectNode) YAML.readTree(file.toFile());
        change.accept((ObjectNode) root.get("meetings").get(0));
        YAML.writeValue(file.toFile(), root);
    }

    private void assertRefusedWith(String file, String problem) {
        Run run = validate(copy.toString());
        assertEquals(List.of(file + ": " + problem, copy + ": 1 problem: invalid"), run.out());
        assertEquals(ValidateSeeds.INVALID, run.status());
    }

    @Test
    void theCommittedSeedsAreValid() {
        Run run = validate();
        assertEquals(1, run.out().size(), run.out()::toString);
        assertThat(run.out().get(0),
                matchesPattern("seeds: \\d+ documents, \\d+ organisations, \\d+ people, \\d+ places: valid"));
        assertEquals(ValidateSeeds.VALID, run.status());
    }

    @Test
    void aQuoteNotInTheTextIsRefusedWithItsFileAndPath() throws IOException {
        editFirstMeeting(m -> ((ArrayNode) m.get("participants").get(1).get("evidence")).set(0, "ليس في النص"));
        assertRefusedWith(DOC_001, "meetings[0].participants[1].evidence[0]: quote not found verbatim in the document: \"ليس في النص\"");
    }

    @Test
    void anUnknownOrganisationIsRefused() throws IOException {
        editFirstMeeting(m -> ((ObjectNode) m.get("organisations").get(0)).put("organisation", "no-such-body"));
        assertRefusedWith(DOC_001, "meetings[0].organisations[0].organisation: unknown organisation 'no-such-body'");
    }

    @Test
    void aValueOutsideItsEnumIsRefused() throws IOException {
        editFirstMeeting(m -> m.put("kind", "SUMMIT"));
        assertRefusedWith(DOC_001, "meetings[0].kind: 'SUMMIT' is not one of [BILATERAL, WORKING_GROUP, PROJECT_REVIEW, OTHER]");
    }

    @Test
    void aDateWhoseEarliestIsAfterItsLatestIsRefused() throws IOException {
        // without its candidate day, which would then lie outside the bounds too (a second problem)
        editFirstMeeting(m -> ((ObjectNode) m.get("date")).put("earliest", "2018-03-01").put("latest", "2018-02-01")
                .put("precision", "RANGE").remove("candidates"));
        assertRefusedWith(DOC_001, "meetings[0].date: earliest 2018-03-01 is after latest 2018-02-01");
    }

    // the next three were refused only by the database before the validator learnt them

    @Test
    void aBlankAcronymIsRefused() throws IOException {
        Path file = copy.resolve(SeedReader.ORGANISATIONS);
        ObjectNode root = (ObjectNode) YAML.readTree(file.toFile());
        ((ObjectNode) root.get("organisations").get(0)).put("acronym", "");
        YAML.writeValue(file.toFile(), root);
        assertRefusedWith(SeedReader.ORGANISATIONS, "organisations[0].acronym: must not be blank (omit it instead)");
    }

    @Test
    void aTextWithANulCharacterIsRefused() throws IOException {
        String text = DOC_001.replace(".yaml", ".txt");
        Files.write(copy.resolve(text), new byte[] {0}, StandardOpenOption.APPEND);
        assertRefusedWith(text, "contains a NUL character, which PostgreSQL text cannot store");
    }

    @Test
    void aQuoteWithACharacterBeyondTheBasicPlaneIsRefused() throws IOException {
        Files.writeString(copy.resolve(DOC_001.replace(".yaml", ".txt")), " \uD83D\uDE00 شكرا", StandardOpenOption.APPEND);
        editFirstMeeting(m -> ((ArrayNode) m.get("evidence")).set(0, "\uD83D\uDE00 شكرا"));
        assertRefusedWith(DOC_001, "meetings[0].evidence[0]: quote contains a character beyond U+FFFF (such as an emoji),"
                + " which evidence offsets cannot span yet; end the quote before it: \"\uD83D\uDE00 شكرا\"");
    }

    @Test
    void aPlaceOutsideTheGlobeOrOfNoCountryIsRefused() throws IOException {
        Path file = copy.resolve(SeedReader.PLACES);
        ObjectNode root = (ObjectNode) YAML.readTree(file.toFile());
        ((ObjectNode) root.get("places").get(0)).put("lat", 132.88743).put("country", "Libya");
        root.remove("source");
        YAML.writeValue(file.toFile(), root);
        Run run = validate(copy.toString());
        assertEquals(List.of(SeedReader.PLACES + ": source: is required: where the coordinates come from (they are an"
                        + " outside fact)",
                SeedReader.PLACES + ": places[0].country: must be an ISO 3166-1 alpha-2 code such as 'LY' (got 'Libya')",
                SeedReader.PLACES + ": places[0].lat: must be between -90 and 90 degrees (WGS84, decimal degrees), got"
                        + " 132.88743",
                copy + ": 3 problems: invalid"), run.out());
        assertEquals(ValidateSeeds.INVALID, run.status());
    }

    @Test
    void aDraftIsValidButListedAsUnconfirmed() throws IOException {
        editFirstMeeting(m -> {
            ((ObjectNode) m.get("participants").get(0)).put("draft", true).put("draftNote", "named as chair");
            ((ObjectNode) m.get("date")).put("draft", true);
        });
        Run run = validate(copy.toString());
        assertEquals(List.of(DOC_001 + ": meetings[0].date: unconfirmed draft",
                DOC_001 + ": meetings[0].participants[0]: unconfirmed draft (named as chair)"),
                run.out().subList(0, 2));
        assertThat(run.out().get(2), matchesPattern(".*, \\d+ places: valid, but 2 draft items in 1 file to confirm"
                + " before the loader takes it"));
        assertEquals(ValidateSeeds.UNCONFIRMED_DRAFTS, run.status());
    }

    @Test
    void aDraftNoteOutsideADraftIsRefused() throws IOException {
        editFirstMeeting(m -> m.put("draftNote", "left behind"));
        assertRefusedWith(DOC_001, "meetings[0].draftNote: belongs to an unconfirmed draft only: delete it once the"
                + " item is confirmed");
    }

    @Test
    void aProposedPersonServesItsFileAsADraftOnly() throws IOException {
        Path file = copy.resolve(DOC_001);
        ObjectNode root = (ObjectNode) YAML.readTree(file.toFile());
        ObjectNode person = root.putArray("newPeople").addObject().put("key", "new-person-1")
                .put("draft", true).put("draftNote", "presented by a title");
        person.putObject("name").put("ar", "لؤي الترجمان");
        ((ObjectNode) root.get("meetings").get(0).get("participants").get(0)).put("person", "new-person-1");
        YAML.writeValue(file.toFile(), root);
        Run run = validate(copy.toString());
        assertEquals(DOC_001 + ": newPeople[0]: unconfirmed draft (presented by a title)", run.out().get(0));
        assertEquals(ValidateSeeds.UNCONFIRMED_DRAFTS, run.status());

        person.remove(List.of("draft", "draftNote"));
        YAML.writeValue(file.toFile(), root);
        assertRefusedWith(DOC_001, "newPeople[0]: a confirmed entry belongs in reference/people.yaml: move it there");
    }

    @Test
    void aMissingFolderOrExtraArgumentsAreUsageErrors() {
        Run missing = validate(copy.resolve("nowhere").toString());
        assertEquals(ValidateSeeds.USAGE_ERROR, missing.status());
        assertThat(missing.err(), startsWith("validate-seeds: no such directory: " + copy.resolve("nowhere")));
        assertEquals(List.of(), missing.out());

        assertEquals(ValidateSeeds.USAGE_ERROR, validate("seeds", "more").status());
    }

    @Test
    void theScriptRefusesABrokenFolderGivenRelativeToAnotherDirectory() throws Exception {
        editFirstMeeting(m -> m.put("kind", "SUMMIT"));
        // from the temporary folder's parent, not the project: DIR is resolved against the caller's directory
        Process script = new ProcessBuilder(Path.of("scripts/validate-seeds").toAbsolutePath().toString(),
                copy.getFileName().toString()).directory(copy.getParent().toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(script.waitFor(120, TimeUnit.SECONDS), "the script finished");
        assertEquals(List.of(DOC_001 + ": meetings[0].kind: 'SUMMIT' is not one of [BILATERAL, WORKING_GROUP, PROJECT_REVIEW, OTHER]",
                copy + ": 1 problem: invalid"), out.lines().toList());
        assertEquals(ValidateSeeds.INVALID, script.exitValue());
    }

    @Test
    void aSourceWithoutAnAbsoluteAddressOrWithAFutureDayIsRefused() throws IOException {
        Path file = copy.resolve(DOC_001);
        ObjectNode root = (ObjectNode) YAML.readTree(file.toFile());
        root.putObject("source").put("url", "iom.int/libya").put("retrieved", "2999-01-01");
        YAML.writeValue(file.toFile(), root);
        Run run = validate(copy.toString());
        assertEquals(List.of(DOC_001 + ": source.url: must be an absolute http or https address (got 'iom.int/libya')",
                DOC_001 + ": source.retrieved: the day it was checked cannot be in the future (got 2999-01-01)",
                copy + ": 2 problems: invalid"), run.out());

        root.putObject("source").put("url", "https://example.org/release");
        YAML.writeValue(file.toFile(), root);
        assertRefusedWith(DOC_001, "source.retrieved: is required");
    }
}
