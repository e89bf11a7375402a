package org.majlis.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.majlis.dataset.DatasetVersion;

/**
 * Loads a seed folder: reads and validates all of it first, then writes it, and the dataset version it makes, in one
 * transaction.
 * A folder with any problem is refused with {@link SeedValidationException} and nothing is written.
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

    public Result load(Path folder) {
        Result result = writer.write(readValid(folder));
        datasetVersion.refresh(); // committed: the version this instance reports is the new one at once
        return result;
    }

    /**
     * Reads and validates a folder without a database: the one check that both the loader and
     * {@link ValidateSeeds} run. Throws {@link SeedValidationException} listing every problem.
     */
    static SeedReader.SeedSet readValid(Path folder) {
        Problems problems = new Problems();
        SeedReader.SeedSet set = new SeedReader(folder, problems).read();
        if (set != null) {
            new SeedValidator(problems).validate(set);
        }
        problems.throwIfAny();
        return set;
    }
}
