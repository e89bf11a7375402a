package org.majlis.startup;

import io.quarkus.arc.Arc;
import java.nio.file.Files;
import java.nio.file.Path;
import org.majlis.export.DataPackages;

/**
 * {@code export [--zip] DIR} (scripts/export): the current dataset version's data package, written into DIR, and with
 * {@code --zip} also the zip that the HTTP route serves.
 */
final class ExportCommand {
    private ExportCommand() {
    }

    static int run(String... args) throws Exception {
        boolean zipped = args.length == 3 && args[1].equals("--zip");
        if (args.length != (zipped ? 3 : 2) || args[args.length - 1].isBlank()) {
            System.err.println("Usage: export [--zip] DIR (the directory to write the data package into; --zip also"
                    + " writes the zip that GET /data/majlis-vN.zip serves)");
            return 2;
        }
        Path target = Path.of(args[args.length - 1]).toAbsolutePath();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            System.err.println("export: " + target + " is not a directory");
            return 2;
        }
        long started = System.nanoTime();
        DataPackages.Exported exported = Arc.container().instance(DataPackages.class).get().export(target, zipped);
        System.out.printf("Data package of dataset version %d written in %.1f s: %s/%s%n", exported.version(),
                (System.nanoTime() - started) / 1e9, exported.directory(), exported.zip() == null ? ""
                        : " and " + exported.zip() + " (" + Files.size(exported.zip()) + " bytes)");
        return 0;
    }
}
