package org.majlis.seed;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a seed folder, so a curator sees all of them at once. */
final class Problems {
    private final List<String> messages = new ArrayList<>();

    void add(String file, String path, String reason) {
        messages.add(file + (path == null || path.isEmpty() ? "" : ": " + path) + ": " + reason);
    }

    void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new SeedValidationException(messages);
        }
    }
}
