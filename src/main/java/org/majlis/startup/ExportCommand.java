package org.majlis.startup;

import io.quarkus.arc.Arc;
import java.nio.file.Files;
import java.nio.file.Path;
import org.majlis.export.DataPackages;

/** {@code export DIR} (scripts/export): the current dataset version's data package, written into DIR. */
final class ExportCommand {
    private ExportCommand() {
    }

    static int run(String... args) throws Exception {
        if (args.length != 2 || args[1].isBlank()) {
            System.err.println("Usage: export DIR (the directory to write the data package into)");
            return 2;
        }
        Path target = Path.of(args[1]).toAbsolutePath();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            System.err.println("export: " + target + " is not a directory");
            return 2;
        }
        long started = System.nanoTime();
        DataPackages.Zip zip = Arc.container().instance(DataPackages.class).get().export(target);
        System.out.printf("Data package of dataset version %d written in %.1f s: %s (%d bytes) and %s/%n",
                zip.version(), (System.nanoTime() - started) / 1e9, zip.file(), Files.size(zip.file()),
                target.resolve("majlis-v" + zip.version()));
        return 0;
    }
}
