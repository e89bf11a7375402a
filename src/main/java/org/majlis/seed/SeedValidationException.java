package org.majlis.seed;

import java.util.List;

/** The seed folder was refused; each problem names the file, the path inside it and the reason. */
public class SeedValidationException extends RuntimeException {
    private final List<String> problems;

    public SeedValidationException(List<String> problems) {
        super("Seed data refused, nothing was written (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
