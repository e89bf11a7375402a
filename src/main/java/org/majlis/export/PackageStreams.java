package org.majlis.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Byte-stream filters between PostgreSQL's COPY output and the package's files; none holds more than a byte. */
final class PackageStreams {
    private PackageStreams() {
    }

    /** Counts and hashes (SHA-256) what passes through, for the descriptor's {@code bytes} and {@code hash}. */
    static final class Hashing extends FilterOutputStream {
        private final MessageDigest digest;
        private long bytes;

        Hashing(OutputStream out) {
            super(out);
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JVM has no SHA-256", e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            bytes += len;
        }

        long bytes() {
            return bytes;
        }

        /** The hex digest; call once, after the last write. */
        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    /**
     * PostgreSQL's CSV ends records with LF; RFC 4180 with CRLF. Only a LF outside a quoted field ends a record (a
     * line break inside a value is quoted, and a quote inside one is doubled, so counting quotes tells which is which).
     */
    static final class CrlfRecords extends FilterOutputStream {
        private boolean quoted;

        CrlfRecords(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (b == '"') {
                quoted = !quoted;
            } else if (b == '\n' && !quoted) {
                out.write('\r');
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int from = off;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '"') {
                    quoted = !quoted;
                } else if (b[i] == '\n' && !quoted) {
                    out.write(b, from, i - from);
                    out.write('\r');
                    from = i;
                }
            }
            out.write(b, from, off + len - from);
        }
    }

    /**
     * Turns lines of JSON values into the elements of a JSON array: a comma between two lines, none after the last.
     * The caller writes the brackets.
     */
    static final class JsonArrayElements extends FilterOutputStream {
        private boolean lineEnded;

        JsonArrayElements(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (lineEnded) {
                out.write(',');
                out.write('\n');
                lineEnded = false;
            }
            if (b == '\n') {
                lineEnded = true;
            } else {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int from = off;
            for (int i = off; i < off + len; i++) {
                if (lineEnded) {
                    out.write(',');
                    out.write('\n');
                    lineEnded = false;
                }
                if (b[i] == '\n') {
                    out.write(b, from, i - from);
                    lineEnded = true;
                    from = i + 1;
                }
            }
            out.write(b, from, off + len - from);
        }

        /** Ends the last element without the caller's stream being closed. */
        void finish() throws IOException {
            if (lineEnded) {
                out.write('\n');
                lineEnded = false;
            }
        }
    }
}
