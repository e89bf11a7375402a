package org.majlis.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The shapes of the curated seed files (see seeds/README.md); field names are the YAML keys. Public so that
 * {@code org.majlis.draft} writes its drafts in these very shapes.
 *
 * <p>{@code draft: true} marks an item proposed by {@code scripts/draft-annotations} and not yet confirmed by a curator,
 * {@code draftNote} says what the proposal rests on; the validator lists such items and the loader refuses them.
 * They come last in each item, so that deleting their two lines confirms it and leaves the rest as it was (a list
 * item's dash stays on its first field).
 */
public final class SeedFiles {
    private SeedFiles() {
    }

    public record Bilingual(String ar, String en) {
    }

    public record AliasSpec(String lang, String text) {
    }

    public record OrganisationSpec(String key, Bilingual name, Boolean nameEnVerified, String acronym, String kind,
            String parent, List<AliasSpec> aliases, String note, Boolean draft, String draftNote) {
    }

    public record OrganisationsFile(List<OrganisationSpec> organisations) {
    }

    public record PersonSpec(String key, Bilingual name, Boolean nameEnVerified, List<AliasSpec> aliases, String note,
            Boolean draft, String draftNote) {
    }

    public record PeopleFile(List<PersonSpec> people) {
    }

    /** A city of the gazetteer: its coordinates are an outside fact, from the file's {@code source}. */
    public record PlaceSpec(String key, Bilingual name, String country, BigDecimal lat, BigDecimal lon, Long geonames,
            List<AliasSpec> aliases, String note) {
    }

    public record PlacesFile(String source, List<PlaceSpec> places) {
    }

    public record FuzzyDateSpec(LocalDate earliest, LocalDate latest, String precision, String basis, Boolean uncertain,
            String text, List<LocalDate> candidates, String note, List<String> evidence, Boolean draft,
            String draftNote) {
    }

    public record CitySpec(String ar, String en, String basis, String note, List<String> evidence, Boolean draft,
            String draftNote) {
    }

    public record OrganisationRoleSpec(String organisation, String role, String note, List<String> evidence,
            Boolean draft, String draftNote) {
    }

    public record ParticipantSpec(String person, String organisation, String role, Bilingual title,
            List<String> evidence, Boolean draft, String draftNote) {
    }

    public record MeetingSpec(String key, Bilingual title, String kind, FuzzyDateSpec date, CitySpec city,
            Bilingual venue, List<String> topics, Bilingual summary, List<String> evidence,
            List<OrganisationRoleSpec> organisations, List<ParticipantSpec> participants, Boolean draft,
            String draftNote) {
    }

    public record FigureSpec(String key, String meeting, BigDecimal value, String unit, String qualifier, String text,
            Bilingual counts, String measure, FuzzyDateSpec asOf, String producer, String note, List<String> evidence,
            Boolean draft, String draftNote) {
    }

    /** Where the publisher serves the original text, and the day that page was checked to hold it. */
    public record SourceSpec(String url, LocalDate retrieved) {
    }

    /**
     * An annotation file. {@code newOrganisations} and {@code newPeople} hold only drafts: entries proposed for
     * {@code reference/}, where a curator moves them once confirmed; their keys serve this file alone until then.
     */
    public record DocumentSpec(Bilingual title, Boolean headline, String language, String publisher,
            FuzzyDateSpec published, SourceSpec source, List<OrganisationSpec> newOrganisations,
            List<PersonSpec> newPeople, List<MeetingSpec> meetings, List<FigureSpec> figures, Boolean draft,
            String draftNote) {
    }
}
