package org.majlis.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.majlis.threads.DaemonThreads;

/**
 * The package's zip, compressed on a thread of its own while the database writes the next files (at scale the two take
 * about as long, so they overlap instead of adding up). Entries come in a fixed order, whichever file is complete
 * first, every one dated 1980-01-01 (the zip format's epoch): a version's zip has the same bytes whenever and wherever
 * it is built.
 */
final class PackageZip implements AutoCloseable {
    private static final long ZIP_EPOCH = 315532800000L;

    private final Path directory;
    private final ZipOutputStream zip;
    private final ExecutorService zipper = Executors.newSingleThreadExecutor(DaemonThreads.named("majlis-export-zip"));
    private final Map<String, CompletableFuture<Void>> complete = new LinkedHashMap<>();
    private final Future<?> zipped;

    /** A zip of the files {@code order} names (relative to {@code directory}), in that order, as they are complete. */
    PackageZip(Path directory, Path zipFile, List<String> order) throws IOException {
        this.directory = directory;
        this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zipFile), 1 << 16));
        // the fastest level: text compresses almost as well as at the default, in a fraction of the time
        zip.setLevel(Deflater.BEST_SPEED);
        order.forEach(path -> complete.put(path, new CompletableFuture<>()));
        zipped = zipper.submit(() -> {
            for (Map.Entry<String, CompletableFuture<Void>> file : complete.entrySet()) {
                file.getValue().get();
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(ZIP_EPOCH);
                zip.putNextEntry(entry);
                Files.copy(directory.resolve(file.getKey()), zip);
                zip.closeEntry();
            }
            return null;
        });
    }

    /** The file {@code path} is complete (from any thread). */
    void add(String path) {
        CompletableFuture<Void> file = complete.get(path);
        if (file == null) {
            throw new IllegalArgumentException("not a file of the data package's zip: " + path);
        }
        file.complete(null);
    }

    /** Waits for every file to be zipped and completes the zip. */
    void finish() throws IOException {
        try {
            zipped.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while zipping the data package", e);
        }
        zip.close();
    }

    @Override
    public void close() throws IOException {
        zipper.shutdownNow();
        zip.close();
    }
}
