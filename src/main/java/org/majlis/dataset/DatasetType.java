package org.majlis.dataset;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Dataset")
@Description("The dataset as a whole: which version of the record this is, and how to reuse and cite it.")
public record DatasetType(
        @NonNull @Description("The dataset version: it grows by one with every load of the seed data that changes a"
                + " record (a load that changes nothing keeps it). 0 when the seed loader never wrote this database"
                + " (one filled by other means, such as the benchmark's generator).") int version,
        @Description("When the loader wrote this version; null for version 0.") OffsetDateTime loadedAt,
        @Description("The content hash of the whole record in this version: SHA-256 (hex) of the lines `TYPE key"
                + " fingerprint`, one per record sorted by type and key, where a record's fingerprint is the SHA-256"
                + " of its canonical content (its own fields, names and aliases, evidence and, for a meeting, its"
                + " roles and participations). Equal hashes mean equal content; null for version 0.") String contentHash,
        @NonNull @Description("The licence of the curated annotations and the database built from them (the"
                + " source texts are not covered: see `sourceTexts`).") Licence licence,
        @NonNull @Description("On what basis the source texts are served.") String sourceTexts,
        @NonNull @Description("How to cite this version of the dataset.") String citation) {

    public static final String TITLE = "majlis: migration-policy meetings in Libya";
    public static final String SOURCE_TEXTS = "The source texts are not covered by the licence: they remain their"
            + " publishers' (see each document's `publisher` and `sourceUrl`). majlis serves them unaltered, as"
            + " quotation for verification: every annotation points to the words of its source, so that anyone can"
            + " check it.";

    public static DatasetType of(int version, Instant loadedAt, String contentHash) {
        OffsetDateTime at = loadedAt == null ? null : loadedAt.atOffset(ZoneOffset.UTC);
        return new DatasetType(version, at, contentHash, Licence.DATA, SOURCE_TEXTS, citation(version, at, contentHash));
    }

    /** majlis contributors (YEAR). TITLE, dataset version N (SHA-256 …), loaded …. Licence. */
    static String citation(int version, OffsetDateTime loadedAt, String contentHash) {
        if (version == 0) {
            return "majlis contributors. " + TITLE + ". An unversioned database: its content was not written by the"
                    + " seed loader, so it has no dataset version to cite.";
        }
        return "majlis contributors (" + loadedAt.getYear() + "). " + TITLE + ", dataset version " + version
                + " (content SHA-256 " + contentHash + "), loaded " + loadedAt + ". Licensed under "
                + Licence.DATA.name() + " (" + Licence.DATA.spdxId() + ").";
    }
}
