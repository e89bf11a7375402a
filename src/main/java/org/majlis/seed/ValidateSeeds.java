package org.majlis.seed;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code scripts/validate-seeds [DIR]}: checks a seed folder with the loader's own read and validation
 * ({@link SeedLoader#readValid}), in plain Java, without the service or a database. Prints every problem as
 * {@code file: path: reason}, or a one-line summary when the folder is valid.
 */
public final class ValidateSeeds {
    static final int VALID = 0;
    static final int INVALID = 1;
    static final int USAGE_ERROR = 2;
    private static final String USAGE = "usage: scripts/validate-seeds [DIR]   (DIR: a seed folder, default seeds)";

    private ValidateSeeds() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The whole command except the exit, so that tests can run it: returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
            err.println(USAGE);
            return USAGE_ERROR;
        }
        String dir = args.length == 0 ? "seeds" : args[0];
        if (!Files.isDirectory(Path.of(dir))) {
            // a mistyped argument, not a broken seed folder
            err.println("validate-seeds: no such directory: " + dir);
            err.println(USAGE);
            return USAGE_ERROR;
        }
        try {
            SeedReader.SeedSet set = SeedLoader.readValid(Path.of(dir));
            out.println(dir + ": " + count(set.documents().size(), "document", "documents") + ", "
                    + count(set.organisations().organisations().size(), "organisation", "organisations") + ", "
                    + count(set.people().people().size(), "person", "people") + ": valid");
            return VALID;
        } catch (SeedValidationException e) {
            e.problems().forEach(out::println);
            out.println(dir + ": " + count(e.problems().size(), "problem", "problems") + ": invalid");
            return INVALID;
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
