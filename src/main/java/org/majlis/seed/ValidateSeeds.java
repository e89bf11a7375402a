package org.majlis.seed;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code scripts/validate-seeds [DIR]}: checks a seed folder with the loader's own read and validation
 * ({@link SeedLoader#check}), in plain Java, without the service or a database. Prints every problem as
 * {@code file: path: reason}, or a one-line summary when the folder is valid; a valid folder with draft items not yet
 * confirmed (see {@code scripts/draft-annotations}) lists them, since the loader refuses them.
 */
public final class ValidateSeeds {
    static final int VALID = 0;
    static final int INVALID = 1;
    static final int USAGE_ERROR = 2;
    /** valid, but with drafts to confirm before the loader takes the folder */
    static final int UNCONFIRMED_DRAFTS = 3;
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
            SeedLoader.Checked checked = SeedLoader.check(Path.of(dir));
            SeedReader.SeedSet set = checked.set();
            checked.unconfirmed().forEach(out::println);
            String summary = dir + ": " + count(set.documents().size(), "document", "documents") + ", "
                    + count(set.organisations().organisations().size(), "organisation", "organisations") + ", "
                    + count(set.people().people().size(), "person", "people") + ", "
                    + count(set.places().places().size(), "place", "places") + ": valid";
            if (checked.unconfirmed().isEmpty()) {
                out.println(summary);
                return VALID;
            }
            long files = checked.unconfirmed().stream().map(line -> line.substring(0, line.indexOf(':'))).distinct()
                    .count();
            out.println(summary + ", but " + count(checked.unconfirmed().size(), "draft item", "draft items") + " in "
                    + count((int) files, "file", "files") + " to confirm before the loader takes it");
            return UNCONFIRMED_DRAFTS;
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
