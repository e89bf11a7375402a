package org.majlis.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The shapes of the curated seed files (see seeds/README.md); field names are the YAML keys. */
final class SeedFiles {
    private SeedFiles() {
    }

    record Bilingual(String ar, String en) {
    }

    record AliasSpec(String lang, String text) {
    }

    record OrganisationSpec(String key, Bilingual name, Boolean nameEnVerified, String acronym, String kind,
            String parent, List<AliasSpec> aliases, String note) {
    }

    record OrganisationsFile(List<OrganisationSpec> organisations) {
    }

    record PersonSpec(String key, Bilingual name, Boolean nameEnVerified, List<AliasSpec> aliases, String note) {
    }

    record PeopleFile(List<PersonSpec> people) {
    }

    record FuzzyDateSpec(LocalDate earliest, LocalDate latest, String precision, String basis, Boolean uncertain,
            String text, List<LocalDate> candidates, String note, List<String> evidence) {
    }

    record CitySpec(String ar, String en, String basis, String note, List<String> evidence) {
    }

    record OrganisationRoleSpec(String organisation, String role, String note, List<String> evidence) {
    }

    record ParticipantSpec(String person, String organisation, String role, Bilingual title, List<String> evidence) {
    }

    record MeetingSpec(String key, Bilingual title, String kind, FuzzyDateSpec date, CitySpec city, Bilingual venue,
            List<String> topics, Bilingual summary, List<String> evidence, List<OrganisationRoleSpec> organisations,
            List<ParticipantSpec> participants) {
    }

    record FigureSpec(String key, String meeting, BigDecimal value, String unit, String qualifier, String text,
            Bilingual counts, String measure, FuzzyDateSpec asOf, String producer, String note, List<String> evidence) {
    }

    /** Where the publisher serves the original text, and the day that page was checked to hold it. */
    record SourceSpec(String url, LocalDate retrieved) {
    }

    record DocumentSpec(Bilingual title, Boolean headline, String language, String publisher,
            FuzzyDateSpec published, SourceSpec source, List<MeetingSpec> meetings, List<FigureSpec> figures) {
    }
}
