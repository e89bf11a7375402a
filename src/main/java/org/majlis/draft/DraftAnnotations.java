package org.majlis.draft;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.majlis.seed.SeedLoader;
import org.majlis.seed.SeedValidationException;

/**
 * {@code scripts/draft-annotations FILE.txt [--published YYYY-MM-DD] [--out FILE.yaml] [--seeds DIR]}: drafts the
 * annotation file of a new text with {@link DraftAnnotator}, against the reference data of a seed folder (by default
 * the folder FILE lies in, when it is a seed folder's documents/, else seeds/). Normalisation is the database's own
 * (majlis_normalise), so it connects to the service's PostgreSQL (MAJLIS_DB_HOST, _PORT, _NAME, _USER, _PASSWORD, as
 * the service does) and reads nothing else there.
 */
public final class DraftAnnotations {
    static final int DRAFTED = 0;
    static final int FAILED = 1;
    static final int USAGE_ERROR = 2;
    private static final String USAGE = "usage: scripts/draft-annotations FILE.txt [--published YYYY-MM-DD]"
            + " [--out FILE.yaml] [--seeds DIR]";

    private DraftAnnotations() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** The whole command except the exit, so that tests can run it: returns the exit status. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Path file = null;
        Path target = null;
        Path seeds = null;
        LocalDate published = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--published" -> published = LocalDate.parse(value(args, ++i));
                    case "--out" -> target = Path.of(value(args, ++i));
                    case "--seeds" -> seeds = Path.of(value(args, ++i));
                    default -> {
                        if (args[i].startsWith("-") || file != null) {
                            throw new IllegalArgumentException("unexpected argument: " + args[i]);
                        }
                        file = Path.of(args[i]);
                    }
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("no text file given");
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("draft-annotations: " + (e instanceof DateTimeParseException
                    ? "--published takes a date YYYY-MM-DD (got '" + ((DateTimeParseException) e).getParsedString() + "')"
                    : e.getMessage()));
            err.println(USAGE);
            return USAGE_ERROR;
        }
        if (!Files.isRegularFile(file)) {
            err.println("draft-annotations: no such file: " + file);
            return USAGE_ERROR;
        }
        if (target != null && Files.exists(target)) {
            err.println("draft-annotations: " + target + " exists; a draft never overwrites annotations: delete it or"
                    + " choose another --out");
            return USAGE_ERROR;
        }
        seeds = seeds != null ? seeds : seedFolderOf(file);
        String body;
        try {
            body = utf8(Files.readAllBytes(file));
        } catch (IOException | IllegalArgumentException e) {
            err.println("draft-annotations: " + file + ": " + e.getMessage());
            return FAILED;
        }
        SeedLoader.Reference reference;
        try {
            reference = SeedLoader.reference(seeds);
        } catch (SeedValidationException e) {
            e.problems().forEach(err::println);
            err.println("draft-annotations: the seed folder " + seeds + " has problems (scripts/validate-seeds " + seeds
                    + "): fix them first");
            return FAILED;
        }
        String url = "jdbc:postgresql://" + env.getOrDefault("MAJLIS_DB_HOST", "127.0.0.1") + ":"
                + env.getOrDefault("MAJLIS_DB_PORT", "5432") + "/" + env.getOrDefault("MAJLIS_DB_NAME", "majlis")
                + "?connectTimeout=3&loginTimeout=3&ApplicationName=majlis-draft";
        try (Connection db = DriverManager.getConnection(url, env.getOrDefault("MAJLIS_DB_USER", "majlis"),
                env.getOrDefault("MAJLIS_DB_PASSWORD", "majlis"))) {
            DraftAnnotator.Draft draft = new DraftAnnotator(reference, new Folding(db))
                    .draft(file.getFileName().toString(), body, published);
            if (target == null) {
                out.print(draft.yaml());
            } else {
                Files.writeString(target, draft.yaml(), StandardCharsets.UTF_8);
            }
            DraftAnnotator.Summary s = draft.summary();
            err.println("draft-annotations: " + file.getFileName() + ": " + s.meetings() + " meeting(s), " + s.people()
                    + " participant(s) (" + s.newPeople() + " new), " + s.organisations() + " organisation(s) with a role ("
                    + s.newOrganisations() + " new), " + s.figures() + " figure(s), " + s.dates() + " date(s): "
                    + s.items() + " draft items to confirm" + (target == null ? "" : ", written to " + target));
            return DRAFTED;
        } catch (SQLException e) {
            err.println("draft-annotations: cannot use the database at " + url.substring(0, url.indexOf('?')) + " ("
                    + e.getMessage().lines().findFirst().orElse("") + "). The drafter normalises text with majlis'"
                    + " own majlis_normalise, which lives in the service's database: start PostgreSQL"
                    + " (scripts/db-setup) and run the service once (scripts/run) so that its migrations create it, or"
                    + " point MAJLIS_DB_HOST/MAJLIS_DB_PORT/MAJLIS_DB_NAME at a majlis database.");
            return FAILED;
        } catch (IllegalStateException e) {
            err.println("draft-annotations: " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("draft-annotations: cannot write " + target + ": " + e.getMessage());
            return FAILED;
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /** The seed folder a text lies in (DIR/documents/NNN_id.txt), else seeds/. */
    private static Path seedFolderOf(Path file) {
        Path documents = file.toAbsolutePath().getParent();
        if (documents != null && documents.getFileName().toString().equals("documents")
                && Files.isDirectory(documents.resolveSibling("reference"))) {
            return documents.getParent();
        }
        return Path.of("seeds");
    }

    private static String utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("contains a NUL character, which no seed text may hold");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("is not valid UTF-8; seed texts are UTF-8, byte for byte as received");
        }
    }
}
