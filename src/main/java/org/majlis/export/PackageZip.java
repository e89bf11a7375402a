package org.majlis.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The package's zip, compressed on a thread of its own while the database writes the next file (at scale the two take
 * about as long, so they overlap instead of adding up). Entries come in the order the files were written, the
 * descriptor last, every one dated 1980-01-01 (the zip format's epoch): a version's zip has the same bytes whenever
 * and wherever it is built.
 */
final class PackageZip implements AutoCloseable {
    private static final long ZIP_EPOCH = 315532800000L;

    private final Path directory;
    private final ZipOutputStream zip;
    private final ExecutorService zipper = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "majlis-export-zip");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> last = CompletableFuture.completedFuture(null);

    PackageZip(Path directory, Path zipFile) throws IOException {
        this.directory = directory;
        this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zipFile), 1 << 16));
        // the fastest level: text compresses almost as well as at the default, in a fraction of the time
        zip.setLevel(Deflater.BEST_SPEED);
    }

    /** Queues the file {@code path} (relative to the directory), which is complete. */
    void add(String path) {
        last = zipper.submit(() -> {
            ZipEntry entry = new ZipEntry(path);
            entry.setTime(ZIP_EPOCH);
            zip.putNextEntry(entry);
            Files.copy(directory.resolve(path), zip);
            zip.closeEntry();
            return null;
        });
    }

    /** Waits for the queued files and completes the zip. */
    void finish() throws IOException {
        try {
            // one thread runs them in order: the last one done means all done, or the first failure is reported
            last.get();
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
