package org.majlis.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;

/**
 * Loads a seed folder: reads and validates all of it first, then writes it in one transaction.
 * A folder with any problem is refused with {@link SeedValidationException} and nothing is written.
 */
@ApplicationScoped
public class SeedLoader {
    @Inject
    SeedWriter writer;

    /** What a load changed. */
    public record Result(int documentsWritten, int documentsUnchanged, int documentsRemoved, boolean referenceWritten) {
    }

    public Result load(Path folder) {
        return writer.write(readValid(folder));
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
