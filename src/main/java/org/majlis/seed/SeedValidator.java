package org.majlis.seed;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.majlis.date.Basis;
import org.majlis.date.DatePrecision;
import org.majlis.figure.FigureQualifier;
import org.majlis.meeting.MeetingKind;
import org.majlis.meeting.OrganisationRole;
import org.majlis.meeting.ParticipationRole;
import org.majlis.organisation.OrganisationKind;
import org.majlis.seed.SeedFiles.AliasSpec;
import org.majlis.seed.SeedFiles.Bilingual;
import org.majlis.seed.SeedFiles.CitySpec;
import org.majlis.seed.SeedFiles.DocumentSpec;
import org.majlis.seed.SeedFiles.FigureSpec;
import org.majlis.seed.SeedFiles.FuzzyDateSpec;
import org.majlis.seed.SeedFiles.MeetingSpec;
import org.majlis.seed.SeedFiles.OrganisationRoleSpec;
import org.majlis.seed.SeedFiles.OrganisationSpec;
import org.majlis.seed.SeedFiles.ParticipantSpec;
import org.majlis.seed.SeedFiles.PersonSpec;
import org.majlis.seed.SeedFiles.PlaceSpec;
import org.majlis.seed.SeedFiles.PlacesFile;
import org.majlis.seed.SeedFiles.SourceSpec;
import org.majlis.seed.SeedReader.DocumentSource;
import org.majlis.seed.SeedReader.SeedSet;

/** Checks a whole seed set before anything is written; see seeds/README.md for the rules. */
final class SeedValidator {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> LANGUAGES = Set.of("ar", "en");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Problems problems;
    private final Set<String> organisationKeys = new HashSet<>();
    private final Set<String> personKeys = new HashSet<>();
    /** what references resolve to: the reference keys, and in a document also its proposed new entries */
    private Set<String> organisationsInScope = organisationKeys;
    private Set<String> peopleInScope = personKeys;
    /** draft items still to be confirmed, as {@code file: path: unconfirmed draft: note} */
    private final List<String> unconfirmed = new ArrayList<>();
    /** meeting and figure keys are global; the value is the file that defined them first */
    private final Map<String, String> meetingKeys = new HashMap<>();
    private final Map<String, String> figureKeys = new HashMap<>();
    /** the unit of each measure, as the first figure of that measure gives it */
    private final Map<String, String> measureUnits = new HashMap<>();

    /** The file being checked and, for documents, its body. */
    private String file;
    private String body;

    SeedValidator(Problems problems) {
        this.problems = problems;
    }

    /** Adds every problem of {@code set} to the problems; returns the draft items still to be confirmed. */
    List<String> validate(SeedSet set) {
        if (set.organisations() != null) {
            file = SeedReader.ORGANISATIONS;
            validateOrganisations(set.organisations().organisations());
        }
        if (set.people() != null) {
            file = SeedReader.PEOPLE;
            validatePeople(set.people().people());
        }
        if (set.places() != null) {
            file = SeedReader.PLACES;
            validatePlaces(set.places());
        }
        boolean referencesRead = set.organisations() != null && set.people() != null;
        for (DocumentSource document : set.documents()) {
            if (referencesRead) {
                file = document.annotationFile();
                body = document.body();
                validateDocument(document.spec());
            }
        }
        return unconfirmed;
    }

    private void validateOrganisations(List<OrganisationSpec> organisations) {
        if (organisations == null || organisations.isEmpty()) {
            problems.add(file, "organisations", "must list at least one organisation");
            return;
        }
        Map<String, String> parents = new HashMap<>();
        for (int i = 0; i < organisations.size(); i++) {
            OrganisationSpec org = organisations.get(i);
            organisation("organisations[" + i + "]", org, organisationKeys);
            if (org.parent() != null) {
                parents.put(org.key(), org.parent());
            }
        }
        for (int i = 0; i < organisations.size(); i++) {
            OrganisationSpec org = organisations.get(i);
            if (org.parent() == null) {
                continue;
            }
            if (!organisationKeys.contains(org.parent())) {
                problems.add(file, "organisations[" + i + "].parent", "unknown organisation '" + org.parent() + "'");
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (String at = org.key(); at != null; at = parents.get(at)) {
                if (!seen.add(at)) {
                    problems.add(file, "organisations[" + i + "].parent", "parent chain of '" + org.key() + "' is a cycle");
                    break;
                }
            }
        }
    }

    /** One organisation entry; its key is added to {@code keys}, which must not hold it yet. */
    private void organisation(String at, OrganisationSpec org, Set<String> keys) {
        if (key(at, org.key()) && !keys.add(org.key())) {
            problems.add(file, at + ".key", "duplicate organisation key '" + org.key() + "'");
        }
        name(at + ".name", org.name());
        if (org.acronym() != null && org.acronym().isBlank()) {
            problems.add(file, at + ".acronym", "must not be blank (omit it instead)");
        }
        oneOf(at + ".kind", org.kind(), OrganisationKind.values());
        aliases(at + ".aliases", org.aliases());
        draft(at, org.draft(), org.draftNote());
    }

    private void validatePeople(List<PersonSpec> people) {
        if (people == null || people.isEmpty()) {
            problems.add(file, "people", "must list at least one person");
            return;
        }
        for (int i = 0; i < people.size(); i++) {
            person("people[" + i + "]", people.get(i), personKeys);
        }
    }

    private void person(String at, PersonSpec person, Set<String> keys) {
        if (key(at, person.key()) && !keys.add(person.key())) {
            problems.add(file, at + ".key", "duplicate person key '" + person.key() + "'");
        }
        name(at + ".name", person.name());
        aliases(at + ".aliases", person.aliases());
        draft(at, person.draft(), person.draftNote());
    }

    private void validatePlaces(PlacesFile gazetteer) {
        if (blank(gazetteer.source())) {
            problems.add(file, "source", "is required: where the coordinates come from (they are an outside fact)");
        }
        List<PlaceSpec> places = gazetteer.places();
        if (places == null || places.isEmpty()) {
            problems.add(file, "places", "must list at least one place");
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < places.size(); i++) {
            PlaceSpec place = places.get(i);
            String at = "places[" + i + "]";
            if (key(at, place.key()) && !keys.add(place.key())) {
                problems.add(file, at + ".key", "duplicate place key '" + place.key() + "'");
            }
            name(at + ".name", place.name());
            if (place.country() == null || !COUNTRIES.contains(place.country())) {
                problems.add(file, at + ".country", "must be an ISO 3166-1 alpha-2 code such as 'LY' (got "
                        + (place.country() == null ? "nothing" : "'" + place.country() + "'") + ")");
            }
            degrees(at + ".lat", place.lat(), 90);
            degrees(at + ".lon", place.lon(), 180);
            if (place.geonames() != null && place.geonames() <= 0) {
                problems.add(file, at + ".geonames", "must be a GeoNames id, a positive number");
            }
            aliases(at + ".aliases", place.aliases());
        }
    }

    private void degrees(String at, BigDecimal value, int limit) {
        if (required(at, value) && value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            problems.add(file, at, "must be between -" + limit + " and " + limit + " degrees (WGS84, decimal degrees),"
                    + " got " + value.toPlainString());
        }
    }

    /**
     * A proposed item, not yet confirmed, is listed (it is no problem, but the loader refuses it); a draftNote belongs
     * to such an item only.
     */
    private void draft(String at, Boolean draft, String draftNote) {
        if (Boolean.TRUE.equals(draft)) {
            unconfirmed.add(file + (at.isEmpty() ? "" : ": " + at) + ": unconfirmed draft"
                    + (blank(draftNote) ? "" : " (" + draftNote + ")"));
        } else if (draftNote != null) {
            problems.add(file, at.isEmpty() ? "draftNote" : at + ".draftNote",
                    "belongs to an unconfirmed draft only: delete it once the item is confirmed");
        }
    }

    private void validateDocument(DocumentSpec doc) {
        draft("", doc.draft(), doc.draftNote());
        organisationsInScope = new HashSet<>(organisationKeys);
        peopleInScope = new HashSet<>(personKeys);
        proposedEntries(doc);
        name("title", doc.title());
        required("headline", doc.headline());
        if (doc.language() == null || !doc.language().matches("[a-z]{2}")) {
            problems.add(file, "language", "must be a two-letter ISO 639-1 code such as 'ar'");
        }
        reference("publisher", doc.publisher(), organisationsInScope, "organisation");
        if (doc.published() != null) {
            date("published", doc.published());
        }
        if (doc.source() != null) {
            source(doc.source());
        }
        Set<String> localMeetings = new HashSet<>();
        List<MeetingSpec> meetings = doc.meetings() == null ? List.of() : doc.meetings();
        for (int i = 0; i < meetings.size(); i++) {
            MeetingSpec meeting = meetings.get(i);
            meeting("meetings[" + i + "]", meeting);
            if (meeting.key() != null) {
                localMeetings.add(meeting.key());
            }
        }
        List<FigureSpec> figures = doc.figures() == null ? List.of() : doc.figures();
        for (int i = 0; i < figures.size(); i++) {
            figure("figures[" + i + "]", figures.get(i), localMeetings);
        }
        organisationsInScope = organisationKeys;
        peopleInScope = personKeys;
    }

    /**
     * Organisations and people a draft proposes for {@code reference/}: unconfirmed by definition, since a confirmed
     * one is moved there; their keys serve this file only.
     */
    private void proposedEntries(DocumentSpec doc) {
        List<OrganisationSpec> organisations = doc.newOrganisations() == null ? List.of() : doc.newOrganisations();
        for (int i = 0; i < organisations.size(); i++) {
            String at = "newOrganisations[" + i + "]";
            organisation(at, organisations.get(i), organisationsInScope);
            proposedOnly(at, organisations.get(i).draft(), SeedReader.ORGANISATIONS);
        }
        for (int i = 0; i < organisations.size(); i++) {
            reference("newOrganisations[" + i + "].parent", organisations.get(i).parent(), organisationsInScope,
                    "organisation");
        }
        List<PersonSpec> people = doc.newPeople() == null ? List.of() : doc.newPeople();
        for (int i = 0; i < people.size(); i++) {
            String at = "newPeople[" + i + "]";
            person(at, people.get(i), peopleInScope);
            proposedOnly(at, people.get(i).draft(), SeedReader.PEOPLE);
        }
    }

    private void proposedOnly(String at, Boolean draft, String referenceFile) {
        if (!Boolean.TRUE.equals(draft)) {
            problems.add(file, at, "a confirmed entry belongs in " + referenceFile + ": move it there");
        }
    }

    /** An absolute http(s) address, and the day it was checked, which cannot be later than today. */
    private void source(SourceSpec source) {
        if (required("source.url", source.url())) {
            try {
                URI url = new URI(source.url());
                if (!url.isAbsolute() || !List.of("http", "https").contains(url.getScheme()) || url.getHost() == null) {
                    problems.add(file, "source.url", "must be an absolute http or https address (got '"
                            + source.url() + "')");
                }
            } catch (URISyntaxException e) {
                problems.add(file, "source.url", "is not a valid address: " + e.getReason() + " (got '"
                        + source.url() + "')");
            }
        }
        if (required("source.retrieved", source.retrieved()) && source.retrieved().isAfter(LocalDate.now())) {
            problems.add(file, "source.retrieved", "the day it was checked cannot be in the future (got "
                    + source.retrieved() + ")");
        }
    }

    private void meeting(String at, MeetingSpec meeting) {
        if (key(at, meeting.key())) {
            String first = meetingKeys.putIfAbsent(meeting.key(), file);
            if (first != null) {
                problems.add(file, at + ".key", "meeting key '" + meeting.key() + "' is already used in " + first);
            }
        }
        name(at + ".title", meeting.title());
        oneOf(at + ".kind", meeting.kind(), MeetingKind.values());
        if (required(at + ".date", meeting.date())) {
            date(at + ".date", meeting.date());
        }
        if (meeting.city() != null) {
            city(at + ".city", meeting.city());
        }
        draft(at, meeting.draft(), meeting.draftNote());
        evidence(at + ".evidence", meeting.evidence(), true);
        List<OrganisationRoleSpec> roles = meeting.organisations() == null ? List.of() : meeting.organisations();
        Set<String> seenRoles = new HashSet<>();
        for (int i = 0; i < roles.size(); i++) {
            OrganisationRoleSpec role = roles.get(i);
            String r = at + ".organisations[" + i + "]";
            reference(r + ".organisation", required(r + ".organisation", role.organisation()) ? role.organisation() : null,
                    organisationsInScope, "organisation");
            oneOf(r + ".role", role.role(), OrganisationRole.values());
            if (!seenRoles.add(role.organisation() + "/" + role.role())) {
                problems.add(file, r, "organisation '" + role.organisation() + "' is listed twice as " + role.role());
            }
            evidence(r + ".evidence", role.evidence(), true);
            draft(r, role.draft(), role.draftNote());
        }
        List<ParticipantSpec> participants = meeting.participants() == null ? List.of() : meeting.participants();
        Set<String> seenPeople = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            ParticipantSpec participant = participants.get(i);
            String p = at + ".participants[" + i + "]";
            reference(p + ".person", required(p + ".person", participant.person()) ? participant.person() : null,
                    peopleInScope, "person");
            reference(p + ".organisation", participant.organisation(), organisationsInScope, "organisation");
            oneOf(p + ".role", participant.role(), ParticipationRole.values());
            if (!seenPeople.add(participant.person() + "/" + participant.role())) {
                problems.add(file, p, "person '" + participant.person() + "' is listed twice as " + participant.role());
            }
            evidence(p + ".evidence", participant.evidence(), true);
            draft(p, participant.draft(), participant.draftNote());
        }
    }

    private void figure(String at, FigureSpec figure, Set<String> localMeetings) {
        if (key(at, figure.key())) {
            String first = figureKeys.putIfAbsent(figure.key(), file);
            if (first != null) {
                problems.add(file, at + ".key", "figure key '" + figure.key() + "' is already used in " + first);
            }
        }
        reference(at + ".meeting", figure.meeting(), localMeetings, "meeting of this document");
        required(at + ".value", figure.value());
        if (required(at + ".unit", figure.unit()) && figure.unit().isBlank()) {
            problems.add(file, at + ".unit", "must not be blank");
        }
        oneOf(at + ".qualifier", figure.qualifier(), FigureQualifier.values());
        if (figure.measure() != null && keyShaped(at + ".measure", figure.measure(), "migrants-in-libya")
                && figure.unit() != null) {
            // figures of one measure count the same thing, so they count it in the same unit
            String unit = measureUnits.putIfAbsent(figure.measure(), figure.unit());
            if (unit != null && !unit.equals(figure.unit())) {
                problems.add(file, at + ".measure", "figures of measure '" + figure.measure() + "' count in unit '"
                        + unit + "', not '" + figure.unit() + "'");
            }
        }
        if (required(at + ".text", figure.text())) {
            quote(at + ".text", figure.text());
        }
        reference(at + ".producer", figure.producer(), organisationsInScope, "organisation");
        if (figure.asOf() != null) {
            date(at + ".asOf", figure.asOf());
        }
        evidence(at + ".evidence", figure.evidence(), true);
        draft(at, figure.draft(), figure.draftNote());
    }

    private void date(String at, FuzzyDateSpec date) {
        oneOf(at + ".basis", date.basis(), Basis.values());
        if (date.basis() != null && !Basis.STATED.name().equals(date.basis()) && blank(date.note())) {
            problems.add(file, at + ".note", "a " + date.basis() + " date needs a note giving its reasons");
        }
        LocalDate earliest = date.earliest();
        LocalDate latest = date.latest();
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            problems.add(file, at, "earliest " + earliest + " is after latest " + latest);
        }
        if (oneOf(at + ".precision", date.precision(), DatePrecision.values())) {
            String shape = switch (DatePrecision.valueOf(date.precision())) {
                case DAY -> earliest != null && earliest.equals(latest) ? null : "DAY needs earliest = latest";
                case MONTH -> earliest != null && latest != null && earliest.getDayOfMonth() == 1
                        && latest.equals(earliest.withDayOfMonth(earliest.lengthOfMonth())) ? null
                                : "MONTH needs earliest and latest to be the first and last day of one month";
                case YEAR -> earliest != null && latest != null && earliest.getDayOfYear() == 1
                        && latest.equals(earliest.withDayOfYear(earliest.lengthOfYear())) ? null
                                : "YEAR needs earliest and latest to be 1 January and 31 December of one year";
                case RANGE -> earliest != null || latest != null ? null : "RANGE needs earliest, latest or both";
                case UNKNOWN -> earliest == null && latest == null ? null : "UNKNOWN takes no earliest or latest";
            };
            if (shape != null) {
                problems.add(file, at + ".precision", shape);
            }
        }
        List<LocalDate> candidates = date.candidates() == null ? List.of() : date.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            LocalDate c = candidates.get(i);
            if (c == null || (earliest != null && c.isBefore(earliest)) || (latest != null && c.isAfter(latest))) {
                problems.add(file, at + ".candidates[" + i + "]", "candidate " + c + " lies outside earliest..latest");
            }
        }
        if (date.text() != null) {
            quote(at + ".text", date.text());
        }
        evidence(at + ".evidence", date.evidence(), false);
        draft(at, date.draft(), date.draftNote());
    }

    private void city(String at, CitySpec city) {
        if (blank(city.ar()) && blank(city.en())) {
            problems.add(file, at, "a city needs ar or en; omit city when the text gives none");
        }
        if (oneOf(at + ".basis", city.basis(), Basis.values()) && !Basis.STATED.name().equals(city.basis())
                && blank(city.note())) {
            problems.add(file, at + ".note", "a " + city.basis() + " city needs a note giving its reasons");
        }
        evidence(at + ".evidence", city.evidence(), Basis.STATED.name().equals(city.basis()));
        draft(at, city.draft(), city.draftNote());
    }

    private void evidence(String at, List<String> quotes, boolean required) {
        if (quotes == null || quotes.isEmpty()) {
            if (required) {
                problems.add(file, at, "needs at least one evidence quote");
            }
            return;
        }
        for (int i = 0; i < quotes.size(); i++) {
            quote(at + "[" + i + "]", quotes.get(i));
        }
    }

    private void quote(String at, String quote) {
        try {
            QuoteLocator.locate(body, quote);
        } catch (IllegalArgumentException e) {
            problems.add(file, at, e.getMessage());
        }
    }

    private boolean key(String at, String key) {
        return keyShaped(at + ".key", key, "mwg-2");
    }

    private boolean keyShaped(String at, String value, String example) {
        if (value == null || !KEY.matcher(value).matches()) {
            problems.add(file, at, "must be lowercase words joined by '-', e.g. '" + example + "' (got "
                    + (value == null ? "nothing" : "'" + value + "'") + ")");
            return false;
        }
        return true;
    }

    private void name(String at, Bilingual name) {
        if (name == null || blank(name.ar())) {
            problems.add(file, at + ".ar", "is required");
        }
        if (name != null && name.en() != null && name.en().isBlank()) {
            problems.add(file, at + ".en", "must not be blank (omit it instead)");
        }
    }

    private void aliases(String at, List<AliasSpec> aliases) {
        if (aliases == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < aliases.size(); i++) {
            AliasSpec alias = aliases.get(i);
            if (alias.lang() == null || !LANGUAGES.contains(alias.lang())) {
                problems.add(file, at + "[" + i + "].lang", "must be 'ar' or 'en'");
            }
            if (blank(alias.text())) {
                problems.add(file, at + "[" + i + "].text", "is required");
            } else if (!seen.add(alias.text())) {
                problems.add(file, at + "[" + i + "].text", "duplicate alias '" + alias.text() + "'");
            }
        }
    }

    private void reference(String at, String key, Set<String> known, String what) {
        if (key != null && !known.contains(key)) {
            problems.add(file, at, "unknown " + what + " '" + key + "'");
        }
    }

    private boolean required(String at, Object value) {
        if (value == null) {
            problems.add(file, at, "is required");
            return false;
        }
        return true;
    }

    private <E extends Enum<E>> boolean oneOf(String at, String value, E[] values) {
        if (value == null) {
            problems.add(file, at, "is required");
            return false;
        }
        for (E e : values) {
            if (e.name().equals(value)) {
                return true;
            }
        }
        problems.add(file, at, "'" + value + "' is not one of " + Arrays.toString(values));
        return false;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
