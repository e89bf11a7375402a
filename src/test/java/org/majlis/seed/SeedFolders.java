package org.majlis.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The committed seed folder, copied for tests that break a copy of it. */
public final class SeedFolders {
    public static final Path SEEDS = Path.of("seeds");

    private SeedFolders() {
    }

    public static void copySeedsTo(Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(SEEDS)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(SEEDS.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
