package org.majlis.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.majlis.dataset.ChangeLog;
import org.majlis.date.FuzzyDate;
import org.majlis.document.SourceDocument;
import org.majlis.evidence.Evidence;
import org.majlis.evidence.EvidenceAspect;
import org.majlis.figure.CitedFigure;
import org.majlis.meeting.Meeting;
import org.majlis.meeting.MeetingOrganisation;
import org.majlis.meeting.Participation;
import org.majlis.organisation.Organisation;
import org.majlis.organisation.OrganisationAlias;
import org.majlis.person.Person;
import org.majlis.person.PersonAlias;
import org.majlis.seed.SeedFiles.AliasSpec;
import org.majlis.seed.SeedFiles.Bilingual;
import org.majlis.seed.SeedFiles.DocumentSpec;
import org.majlis.seed.SeedFiles.FigureSpec;
import org.majlis.seed.SeedFiles.FuzzyDateSpec;
import org.majlis.seed.SeedFiles.MeetingSpec;
import org.majlis.seed.SeedFiles.OrganisationRoleSpec;
import org.majlis.seed.SeedFiles.OrganisationSpec;
import org.majlis.seed.SeedFiles.ParticipantSpec;
import org.majlis.seed.SeedFiles.PersonSpec;
import org.majlis.seed.SeedReader.DocumentSource;
import org.majlis.seed.SeedReader.SeedSet;

/**
 * Writes a validated seed set in one transaction. Unchanged content (same hash) is not touched; a changed
 * document has all its facts replaced; organisations and people are upserted by key so their rows persist. In the
 * same transaction it records the dataset version ({@link ChangeLog}): a new one when a record's content changed.
 */
@ApplicationScoped
class SeedWriter {
    private static final Logger LOG = Logger.getLogger(SeedWriter.class);
    /** Serialises loads of concurrent instances on the same database. */
    private static final long ADVISORY_LOCK = 0x6d616a6c6973L;
    private static final String REFERENCE_STATE = "reference";

    @Inject
    EntityManager em;

    @Transactional
    SeedLoader.Result write(SeedSet set) {
        // the datasource reads at REPEATABLE READ, whose snapshot would be taken before the lock below is granted:
        // a load must see what a concurrent load committed while it waited
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL READ COMMITTED").executeUpdate();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, ADVISORY_LOCK).getSingleResult();
        List<String> slugs = set.documents().stream().map(DocumentSource::slug).toList();
        int removed = slugs.isEmpty() ? (int) SourceDocument.deleteAll() : (int) SourceDocument.delete("slug not in ?1", slugs);

        String referenceHash = sha256(set.organisationsBytes(), set.peopleBytes());
        SeedState state = SeedState.findById(REFERENCE_STATE);
        boolean referenceChanged = state == null || !referenceHash.equals(state.sha256);
        Map<String, Long> organisations = referenceChanged ? upsertOrganisations(set.organisations().organisations())
                : keyToId("Organisation");
        Map<String, Long> people = referenceChanged ? upsertPeople(set.people().people()) : keyToId("Person");

        // every changed document's old facts go before any new ones are written: a key may move from one
        // document to another that is written before it
        List<Runnable> writes = new ArrayList<>();
        for (DocumentSource source : set.documents()) {
            String hash = sha256(source.textBytes(), source.annotationBytes());
            SourceDocument document = SourceDocument.find("slug", source.slug()).firstResult();
            if (document != null && hash.equals(document.contentSha256)) {
                continue;
            }
            if (document != null) {
                deleteFacts(document);
            }
            writes.add(() -> writeDocument(document, source, hash, organisations, people));
        }
        writes.forEach(Runnable::run);
        int written = writes.size();
        if (referenceChanged) {
            // only now: documents written above may have dropped their last reference to a removed record
            Organisation.update("parentId = null where key not in ?1", organisations.keySet());
            Organisation.delete("key not in ?1", organisations.keySet());
            Person.delete("key not in ?1", people.keySet());
            if (state == null) {
                state = new SeedState();
                state.name = REFERENCE_STATE;
            }
            state.sha256 = referenceHash;
            state.persist();
        }
        boolean wrote = written > 0 || removed > 0 || referenceChanged;
        em.flush(); // the fingerprints are read over JDBC, on the same connection
        ChangeLog.Recorded version = em.unwrap(Session.class).doReturningWork(connection ->
                ChangeLog.record(connection, wrote, Fingerprints::read));
        SeedLoader.Result report = new SeedLoader.Result(written, set.documents().size() - written, removed, referenceChanged);
        LOG.infof("Seed data: %d document(s) written, %d unchanged, %d removed; reference data %s; dataset version %d%s",
                written, report.documentsUnchanged(), removed, referenceChanged ? "written" : "unchanged",
                version.version(), version.changed() ? " (new: " + version.added() + " added, " + version.modified()
                        + " modified, " + version.deleted() + " deleted)" : " (unchanged)");
        return report;
    }

    private Map<String, Long> keyToId(String entity) {
        List<Object[]> rows = em.createQuery("select key, id from " + entity, Object[].class).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }

    private Map<String, Long> upsertOrganisations(List<OrganisationSpec> specs) {
        Map<String, Organisation> existing = Organisation.<Organisation>listAll().stream()
                .collect(Collectors.toMap(o -> o.key, o -> o));
        Map<String, Long> ids = new HashMap<>();
        for (OrganisationSpec spec : specs) {
            Organisation org = existing.getOrDefault(spec.key(), new Organisation());
            org.key = spec.key();
            org.nameAr = spec.name().ar();
            org.nameEn = spec.name().en();
            org.nameEnVerified = spec.nameEnVerified() == null || spec.nameEnVerified();
            org.acronym = spec.acronym();
            org.kind = spec.kind();
            org.note = spec.note();
            org.persist();
            ids.put(org.key, org.id);
        }
        for (OrganisationSpec spec : specs) {
            Organisation org = existing.containsKey(spec.key()) ? existing.get(spec.key())
                    : Organisation.findById(ids.get(spec.key()));
            org.parentId = spec.parent() == null ? null : ids.get(spec.parent());
        }
        OrganisationAlias.delete("organisationId in ?1", ids.values());
        for (OrganisationSpec spec : specs) {
            for (AliasSpec alias : nullToEmpty(spec.aliases())) {
                OrganisationAlias row = new OrganisationAlias();
                row.organisationId = ids.get(spec.key());
                row.lang = alias.lang();
                row.text = alias.text();
                row.persist();
            }
        }
        return ids;
    }

    private Map<String, Long> upsertPeople(List<PersonSpec> specs) {
        Map<String, Person> existing = Person.<Person>listAll().stream().collect(Collectors.toMap(p -> p.key, p -> p));
        Map<String, Long> ids = new HashMap<>();
        for (PersonSpec spec : specs) {
            Person person = existing.getOrDefault(spec.key(), new Person());
            person.key = spec.key();
            person.nameAr = spec.name().ar();
            person.nameEn = spec.name().en();
            person.nameEnVerified = spec.nameEnVerified() == null || spec.nameEnVerified();
            person.note = spec.note();
            person.persist();
            ids.put(person.key, person.id);
        }
        PersonAlias.delete("personId in ?1", ids.values());
        for (PersonSpec spec : specs) {
            for (AliasSpec alias : nullToEmpty(spec.aliases())) {
                PersonAlias row = new PersonAlias();
                row.personId = ids.get(spec.key());
                row.lang = alias.lang();
                row.text = alias.text();
                row.persist();
            }
        }
        return ids;
    }

    /** Removes every fact of a document; the database cascades to participations, roles and evidence. */
    private static void deleteFacts(SourceDocument document) {
        CitedFigure.delete("documentId", document.id);
        Meeting.delete("documentId", document.id);
        Evidence.delete("documentId", document.id);
    }

    private void writeDocument(SourceDocument existing, DocumentSource source, String hash,
            Map<String, Long> organisations, Map<String, Long> people) {
        SourceDocument doc = existing == null ? new SourceDocument() : existing;
        DocumentSpec spec = source.spec();
        doc.slug = source.slug();
        doc.titleAr = spec.title().ar();
        doc.titleEn = spec.title().en();
        doc.headline = spec.headline();
        doc.language = spec.language();
        doc.body = source.body();
        doc.bodySha256 = hex(digest().digest(source.textBytes()));
        doc.contentSha256 = hash;
        doc.publisherId = spec.publisher() == null ? null : organisations.get(spec.publisher());
        doc.published = fuzzyDate(spec.published());
        doc.sourceUrl = spec.source() == null ? null : spec.source().url();
        doc.sourceRetrieved = spec.source() == null ? null : spec.source().retrieved();
        doc.persist();
        Evidences evidences = new Evidences(doc);
        if (spec.published() != null) {
            // a publication date belongs to the document itself: no fact to link
            evidences.add(EvidenceAspect.PUBLISHED, dateQuotes(spec.published()), e -> { });
        }

        Map<String, Long> meetingIds = new HashMap<>();
        List<MeetingSpec> meetings = nullToEmpty(spec.meetings());
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = writeMeeting(doc, i, meetings.get(i), evidences, organisations, people);
            meetingIds.put(meeting.key, meeting.id);
        }
        List<FigureSpec> figures = nullToEmpty(spec.figures());
        for (int i = 0; i < figures.size(); i++) {
            FigureSpec f = figures.get(i);
            CitedFigure figure = new CitedFigure();
            figure.key = f.key();
            figure.documentId = doc.id;
            figure.meetingId = f.meeting() == null ? null : meetingIds.get(f.meeting());
            figure.position = i;
            figure.value = f.value();
            figure.unit = f.unit();
            figure.qualifier = f.qualifier();
            figure.textAsStated = f.text();
            figure.countsAr = f.counts() == null ? null : f.counts().ar();
            figure.countsEn = f.counts() == null ? null : f.counts().en();
            figure.measure = f.measure();
            figure.producerId = f.producer() == null ? null : organisations.get(f.producer());
            figure.asOf = fuzzyDate(f.asOf());
            figure.note = f.note();
            figure.persist();
            evidences.add(EvidenceAspect.FACT, f.evidence(), e -> e.figureId = figure.id);
            evidences.add(EvidenceAspect.TEXT, List.of(f.text()), e -> e.figureId = figure.id);
            if (f.asOf() != null) {
                evidences.add(EvidenceAspect.AS_OF, dateQuotes(f.asOf()), e -> e.figureId = figure.id);
            }
        }
    }

    private Meeting writeMeeting(SourceDocument doc, int position, MeetingSpec m, Evidences evidences,
            Map<String, Long> organisations, Map<String, Long> people) {
        Meeting meeting = new Meeting();
        meeting.key = m.key();
        meeting.documentId = doc.id;
        meeting.position = position;
        meeting.titleAr = m.title().ar();
        meeting.titleEn = m.title().en();
        meeting.kind = m.kind();
        meeting.date = fuzzyDate(m.date());
        if (m.city() != null) {
            meeting.cityAr = m.city().ar();
            meeting.cityEn = m.city().en();
            meeting.cityBasis = m.city().basis();
            meeting.cityNote = m.city().note();
        }
        meeting.venueAr = m.venue() == null ? null : m.venue().ar();
        meeting.venueEn = m.venue() == null ? null : m.venue().en();
        meeting.topics = nullToEmpty(m.topics()).toArray(String[]::new);
        Bilingual summary = m.summary();
        meeting.summaryAr = summary == null ? null : summary.ar();
        meeting.summaryEn = summary == null ? null : summary.en();
        meeting.persist();
        evidences.add(EvidenceAspect.FACT, m.evidence(), e -> e.meetingId = meeting.id);
        evidences.add(EvidenceAspect.DATE, dateQuotes(m.date()), e -> e.meetingId = meeting.id);
        if (m.city() != null) {
            evidences.add(EvidenceAspect.CITY, m.city().evidence(), e -> e.meetingId = meeting.id);
        }
        List<OrganisationRoleSpec> roles = nullToEmpty(m.organisations());
        for (int i = 0; i < roles.size(); i++) {
            MeetingOrganisation row = new MeetingOrganisation();
            row.meetingId = meeting.id;
            row.organisationId = organisations.get(roles.get(i).organisation());
            row.position = i;
            row.role = roles.get(i).role();
            row.note = roles.get(i).note();
            row.persist();
            evidences.add(EvidenceAspect.FACT, roles.get(i).evidence(), e -> e.meetingOrganisationId = row.id);
        }
        List<ParticipantSpec> participants = nullToEmpty(m.participants());
        for (int i = 0; i < participants.size(); i++) {
            ParticipantSpec p = participants.get(i);
            Participation row = new Participation();
            row.meetingId = meeting.id;
            row.personId = people.get(p.person());
            row.organisationId = p.organisation() == null ? null : organisations.get(p.organisation());
            row.position = i;
            row.role = p.role();
            row.titleAr = p.title() == null ? null : p.title().ar();
            row.titleEn = p.title() == null ? null : p.title().en();
            row.persist();
            evidences.add(EvidenceAspect.FACT, p.evidence(), e -> e.participationId = row.id);
        }
        return meeting;
    }

    /** The words a date was stated in count as its evidence, followed by any further quotes. */
    private static List<String> dateQuotes(FuzzyDateSpec date) {
        List<String> quotes = new ArrayList<>();
        if (date.text() != null) {
            quotes.add(date.text());
        }
        quotes.addAll(nullToEmpty(date.evidence()));
        return quotes;
    }

    private static FuzzyDate fuzzyDate(FuzzyDateSpec spec) {
        if (spec == null) {
            return null;
        }
        FuzzyDate date = new FuzzyDate();
        date.earliest = spec.earliest();
        date.latest = spec.latest();
        date.precision = spec.precision();
        date.basis = spec.basis();
        date.uncertain = Boolean.TRUE.equals(spec.uncertain());
        date.text = spec.text();
        date.note = spec.note();
        date.candidates = nullToEmpty(spec.candidates()).toArray(LocalDate[]::new);
        return date;
    }

    /** Evidence rows of one document, located in its body. */
    private static final class Evidences {
        private final SourceDocument doc;

        Evidences(SourceDocument doc) {
            this.doc = doc;
        }

        void add(EvidenceAspect aspect, List<String> quotes, Consumer<Evidence> link) {
            for (String quote : nullToEmpty(quotes)) {
                QuoteLocator.Span span = QuoteLocator.locate(doc.body, quote);
                Evidence e = new Evidence();
                e.documentId = doc.id;
                e.start = span.start();
                e.end = span.end();
                e.quote = span.quote();
                e.prefix = span.prefix();
                e.suffix = span.suffix();
                e.aspect = aspect.name();
                link.accept(e);
                e.persist();
            }
        }
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The hash of several files together, each length-prefixed so that moving bytes between them changes it. */
    private static String sha256(byte[]... parts) {
        MessageDigest digest = digest();
        for (byte[] part : parts) {
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(part.length).array());
            digest.update(part);
        }
        return hex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
