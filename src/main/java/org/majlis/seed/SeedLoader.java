package org.majlis.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.majlis.dataset.DatasetVersion;
import org.majlis.seed.SeedFiles.DocumentSpec;
import org.majlis.seed.SeedFiles.FigureSpec;
import org.majlis.seed.SeedFiles.MeetingSpec;
import org.majlis.seed.SeedFiles.OrganisationSpec;
import org.majlis.seed.SeedFiles.PersonSpec;
import org.majlis.seed.SeedFiles.PlaceSpec;

/**
 * Loads a seed folder: reads and validates all of it first, then writes it, and the dataset version it makes, in one
 * transaction. A folder with any problem, or with a draft item not yet confirmed, is refused with
 * {@link SeedValidationException} and nothing is written.
 */
@ApplicationScoped
public class SeedLoader {
    @Inject
    SeedWriter writer;
    @Inject
    DatasetVersion datasetVersion;

    /** What a load changed. */
    public record Result(int documentsWritten, int documentsUnchanged, int documentsRemoved, boolean referenceWritten) {
    }

    /** A folder read and checked: its content and its draft items still to be confirmed ({@code file: path: …}). */
    record Checked(SeedReader.SeedSet set, List<String> unconfirmed) {
    }

    /**
     * The reference data of a valid folder (drafts allowed), for tools that annotate a new text: the organisations,
     * people and places, and the meeting and figure keys already used (they are global).
     */
    public record Reference(List<OrganisationSpec> organisations, List<PersonSpec> people, List<PlaceSpec> places,
            Set<String> meetingKeys, Set<String> figureKeys) {
    }

    /**
     * In a request context of its own when the caller has none (a thread of a tool or test): the Hibernate session
     * chooses its datasource there ({@link org.majlis.replica.ReadTenants}), and a load always writes on the primary.
     */
    @ActivateRequestContext
    public Result load(Path folder) {
        Result result = writer.write(readValid(folder));
        datasetVersion.refresh(); // committed: the version this instance reports is the new one at once
        return result;
    }

    /**
     * Reads and validates a folder without a database: the one check that both the loader and {@link ValidateSeeds}
     * run. Throws {@link SeedValidationException} listing every problem; drafts are no problem here.
     */
    static Checked check(Path folder) {
        return check(folder, true);
    }

    private static Checked check(Path folder, boolean annotationsRequired) {
        Problems problems = new Problems();
        SeedReader.SeedSet set = new SeedReader(folder, problems, annotationsRequired).read();
        List<String> unconfirmed = set == null ? List.of() : new SeedValidator(problems).validate(set);
        problems.throwIfAny();
        return new Checked(set, unconfirmed);
    }

    /** {@link #check}, and a folder whose drafts are not all confirmed is refused, naming each of them. */
    static SeedReader.SeedSet readValid(Path folder) {
        Checked checked = check(folder);
        if (!checked.unconfirmed().isEmpty()) {
            throw new SeedValidationException(checked.unconfirmed().stream()
                    .map(draft -> draft + ": confirm it (delete its draft and draftNote) or delete it").toList());
        }
        return checked.set();
    }

    /**
     * @throws SeedValidationException when the folder has problems (not for drafts, nor for texts still without
     *     annotations: the ones being drafted)
     */
    public static Reference reference(Path folder) {
        SeedReader.SeedSet set = check(folder, false).set();
        List<DocumentSpec> documents = set.documents().stream().map(SeedReader.DocumentSource::spec).toList();
        return new Reference(set.organisations().organisations(), set.people().people(), set.places().places(),
                documents.stream().flatMap(d -> Stream.ofNullable(d.meetings())).flatMap(List::stream)
                        .map(MeetingSpec::key).collect(Collectors.toUnmodifiableSet()),
                documents.stream().flatMap(d -> Stream.ofNullable(d.figures())).flatMap(List::stream)
                        .map(FigureSpec::key).collect(Collectors.toUnmodifiableSet()));
    }
}
