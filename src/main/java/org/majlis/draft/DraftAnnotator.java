package org.majlis.draft;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.majlis.date.Basis;
import org.majlis.date.DatePrecision;
import org.majlis.draft.Dates.Expression;
import org.majlis.draft.Dates.Fixed;
import org.majlis.draft.DraftText.Token;
import org.majlis.draft.Meetings.Found;
import org.majlis.draft.Meetings.Report;
import org.majlis.draft.Names.Entity;
import org.majlis.draft.Names.Kind;
import org.majlis.draft.Names.Match;
import org.majlis.draft.Numbers.Cited;
import org.majlis.draft.Parties.Proposal;
import org.majlis.draft.Parties.Title;
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
import org.majlis.seed.SeedLoader.Reference;

/**
 * Drafts the annotations of a new Arabic text in the seed format (seeds/README.md): the known organisations, people
 * and places it names and the new ones it presents by a title, its meetings with their participants, roles, date,
 * city and venue, its cited figures and its dates. Every proposed item carries {@code draft: true} and a
 * {@code draftNote} saying what it rests on, and every quote is located in the text exactly once; a curator confirms
 * (deletes the two lines), corrects or deletes each item, and the loader refuses the file until all are confirmed.
 */
public final class DraftAnnotator {
    /** A draft: the annotations, as YAML for the annotation file, and what it proposes. */
    public record Draft(DocumentSpec document, String yaml, Summary summary) {
    }

    /** What a draft proposes; {@code items} counts the items marked as drafts. */
    public record Summary(int meetings, int people, int newPeople, int organisations, int newOrganisations,
            int figures, int dates, int items) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY);
    /** Longest evidence quote of a sentence, in words, around its key word. */
    private static final int QUOTE_WORDS = 24;

    private final Reference reference;
    private final Words words;
    private final Names names;
    private final Folding folding;
    /** The kind and parent of each organisation of the reference data, by key. */
    private final Map<String, OrganisationFacts> organisations = new HashMap<>();

    private record OrganisationFacts(String kind, String parent) {
    }

    public DraftAnnotator(Reference reference, Folding folding) {
        this.reference = reference;
        this.folding = folding;
        this.words = new Words(folding::normalise);
        this.names = Names.of(reference, words);
        reference.organisations().forEach(o -> organisations.put(o.key(), new OrganisationFacts(o.kind(), o.parent())));
    }

    /**
     * @param fileName  the text's file name (NNN_id.txt): the draft's keys start with its id
     * @param published the day of publication when known from outside the text (--published), else null
     */
    public Draft draft(String fileName, String body, LocalDate published) {
        return new Drafting(fileName, body, published).draft();
    }

    /** One text being drafted. */
    private final class Drafting {
        private final DraftText text;
        private final Quotes quotes;
        private final Parties parties;
        private final Dates dates;
        private final List<Expression> expressions;
        private final String prefix;
        private final LocalDate givenPublished;
        private LocalDate published;
        private String publishedFrom;
        private Expression dateline;
        private int items;

        Drafting(String fileName, String body, LocalDate givenPublished) {
            this.text = new DraftText(body, folding);
            this.quotes = new Quotes(body);
            this.parties = new Parties(text, words, names);
            this.dates = new Dates(text, words);
            this.expressions = dates.find();
            this.givenPublished = givenPublished;
            String stem = fileName.replaceAll("\\.[^.]*$", "").replaceFirst("^\\d+_", "").toLowerCase()
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            String unique = stem.isEmpty() ? "draft" : stem.substring(0, Math.min(24, stem.length()));
            this.prefix = unique.replaceAll("-$", "");
        }

        Draft draft() {
            FuzzyDateSpec publishedSpec = published();
            List<Found> meetings = new Meetings(text, words, parties).find();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < meetings.size(); i++) {
                keys.add(key("meeting", i + 1, reference.meetingKeys()));
            }
            List<MeetingSpec> meetingSpecs = new ArrayList<>();
            for (int i = 0; i < meetings.size(); i++) {
                meetingSpecs.add(meeting(keys.get(i), meetings.get(i), meetings, i));
            }
            List<FigureSpec> figures = figures(meetings, keys);
            Set<Entity> used = usedEntities(meetingSpecs, figures);
            List<OrganisationSpec> newOrganisations = new ArrayList<>();
            List<PersonSpec> newPeople = new ArrayList<>();
            for (Proposal p : parties.proposals) {
                if (!used.contains(p.entity())) {
                    continue;
                }
                items++;
                String note = "Proposed: " + p.why() + ". Confirm it and move it to "
                        + "reference/" + (p.entity().kind() == Kind.PERSON ? "people" : "organisations") + ".yaml with"
                        + " a lasting key, or replace its key here by a known one.";
                if (p.entity().kind() == Kind.PERSON) {
                    newPeople.add(new PersonSpec(p.entity().key(), p.entity().name(), false, null, null, true, note));
                } else {
                    newOrganisations.add(new OrganisationSpec(p.entity().key(), p.entity().name(), false, null,
                            p.organisationKind(), null, null, null, true, note));
                }
            }
            String firstLine = text.body.strip().lines().findFirst().orElse("").strip();
            boolean headline = firstLine.length() <= 150 && text.body.strip().contains("\n")
                    && (dateline == null || text.tokens.get(dateline.from()).start() > text.body.indexOf(firstLine)
                            + firstLine.length());
            Bilingual title = headline ? new Bilingual(firstLine, null)
                    : meetingSpecs.isEmpty() ? new Bilingual(firstLine.substring(0, Math.min(80, firstLine.length())), null)
                    : meetingSpecs.get(0).title();
            items++;
            DocumentSpec document = new DocumentSpec(title, headline, "ar", null, publishedSpec, null,
                    newOrganisations, newPeople, meetingSpecs, figures, true, headline
                            ? "Title: the text's first line, read as its headline; language: Arabic."
                            : "Title: composed from the first meeting (the text has no short first line to read as"
                                    + " its headline); headline: false; language: Arabic.");
            return new Draft(document, yaml(document), summary(document));
        }

        // publication

        /** The dateline if any; else the day given with --published; else a day the text calls today. */
        private FuzzyDateSpec published() {
            dateline = dates.dateline(expressions, i -> {
                Match m = parties.at(i);
                return (m != null && m.entity().kind() == Kind.PLACE) || text.tokens.get(i).bases().stream()
                        .anyMatch(words.weekdays::containsKey);
            });
            published = givenPublished;
            publishedFrom = "given with --published";
            if (dateline != null) {
                if (published == null) {
                    published = dateline.date();
                    publishedFrom = "the dateline";
                }
                String differs = givenPublished != null && !givenPublished.equals(dateline.date())
                        ? " It differs from the day given with --published (" + givenPublished + "), against which"
                                + " relative words are read: check both." : "";
                items++;
                return new FuzzyDateSpec(dateline.date(), dateline.date(), DatePrecision.DAY.name(), Basis.STATED.name(),
                        null, quote(dateline.from(), dateline.to()), null, differs.isEmpty() ? null : differs.trim(),
                        null, true, "The text's dateline.");
            }
            if (published != null) {
                items++;
                return new FuzzyDateSpec(published, published, DatePrecision.DAY.name(), Basis.EXTERNAL.name(), null,
                        null, null, "Given to draft-annotations with --published: say where it comes from (the"
                                + " publisher's page, an archive).", null, true, "The day given with --published.");
            }
            for (Expression e : expressions) {
                if (e.date() != null && e.days() != null && e.days() == 0) {
                    published = e.date();
                    publishedFrom = "the day the text calls today";
                    items++;
                    return new FuzzyDateSpec(e.date(), e.date(), DatePrecision.DAY.name(), Basis.INFERRED.name(), null,
                            null, null, "The text calls " + e.date() + " today (\"" + text.span(e.from(), e.to())
                                    + "\"), so it was written that day; it carries no publication date of its own.",
                            List.of(quote(e.from(), e.to())), true, "Read from \"today\" and the date beside it.");
                }
            }
            return null;
        }

        // meetings

        private MeetingSpec meeting(String key, Found meeting, List<Found> all, int index) {
            Set<Integer> reportSentences = meeting.reports().stream().map(Report::sentence).collect(Collectors.toSet());
            Set<Integer> scope = IntStream.rangeClosed(0, lastSentence())
                    .filter(s -> Meetings.scopeOf(all, s) == index).boxed().collect(Collectors.toSet());
            List<ParticipantSpec> participants = new ArrayList<>();
            Map<Entity, ParticipantSpec> onBehalfOf = new LinkedHashMap<>();
            Set<Entity> seen = new HashSet<>();
            for (Match m : parties.mentions) {
                if (m.entity().kind() != Kind.PERSON || !scope.contains(sentenceOf(m)) || !seen.add(m.entity())) {
                    continue;
                }
                Match best = bestMention(m.entity(), scope);
                boolean reported = reportSentences.contains(sentenceOf(best));
                String[] role = personRole(best, reported);
                if (role == null) {
                    seen.remove(m.entity());
                    continue;
                }
                Title title = parties.titles.get(best);
                Entity organisation = title == null ? null : organisationIn(title.from(), title.to());
                int from = title == null ? best.from() : Math.min(title.from(), best.from());
                int to = title == null ? best.to() : Math.max(title.to(), best.to());
                items++;
                ParticipantSpec participant = new ParticipantSpec(m.entity().key(), organisation == null ? null
                        : organisation.key(), role[0], title == null ? null
                        : new Bilingual(parties.written(title.from(), title.to()), null), List.of(quote(from, to)), true,
                        role[1] + (organisation == null ? "" : "; on behalf of " + organisation.name().ar()
                                + ", named in the title") + (m.entity().proposed() ? "; a person new to the reference"
                                        + " data" : "") + ".");
                participants.add(participant);
                if (organisation != null) {
                    onBehalfOf.putIfAbsent(organisation, participant);
                }
            }
            List<OrganisationRoleSpec> roles = organisationRoles(meeting, scope, onBehalfOf);
            items++;
            return new MeetingSpec(key, title(participants, roles), kind(meeting, roles, participants),
                    meetingDate(meeting), city(meeting), venue(meeting, scope), null, null, meetingEvidence(meeting),
                    roles, participants, true, "Reported by " + meeting.reports().size() + " sentence"
                            + (meeting.reports().size() == 1 ? "" : "s") + " (" + meeting.reports().stream()
                                    .map(r -> "\"" + text.tokens.get(r.trigger()).folded() + "\"")
                                    .collect(Collectors.joining(", ")) + "); key, title and kind are proposals:"
                            + " give it a short lasting key, its own title, topics and a summary.");
        }

        /** The mention of an entity in the scope that has a title, else its first. */
        private Match bestMention(Entity entity, Set<Integer> scope) {
            Match first = null;
            for (Match m : parties.mentions) {
                if (m.entity().equals(entity) && scope.contains(sentenceOf(m))) {
                    if (parties.titles.containsKey(m)) {
                        return m;
                    }
                    first = first == null ? m : first;
                }
            }
            return first;
        }

        /** {role, why}, or null for a person the meeting's sentences only mention. */
        private String[] personRole(Match m, boolean reported) {
            Title title = parties.titles.get(m);
            if (title != null && title.role() != null) {
                return new String[] {title.role(), "Role from the title's words"};
            }
            Integer chair = before(m.from(), words.chairVerbs, 12);
            if (chair != null || beforeWord(m.from(), "برئاسة", 12)) {
                boolean delegation = chair == null && before(m.from(), Set.of(words.delegation, words.fold("وفدا")), 16)
                        != null;
                return delegation ? new String[] {"PARTICIPANT", "Heads a delegation (وفد … برئاسة)"}
                        : new String[] {"CHAIR", "Chairs it (ترأس / برئاسة)"};
            }
            if (before(m.from(), Set.of(words.fold("استقبل"), words.fold("استقبلت"), words.fold("يستقبل"),
                    words.fold("تستقبل")), 12) != null && firstPersonAfterVerb(m)) {
                return new String[] {"HOST", "Receives the other party (استقبل)"};
            }
            if (reported) {
                return new String[] {"PARTICIPANT", "Named in a sentence reporting the meeting"};
            }
            int from = parties.titles.containsKey(m) ? Math.min(m.from(), parties.titles.get(m).from()) : m.from();
            if (before(from, words.speechVerbs, 3) != null || speechAfterTitle(m)) {
                return new String[] {"SPEAKER", "Quoted as speaking (قال، أكد، أشاد …)"};
            }
            int sentence = sentenceOf(m);
            boolean contact = text.tokens.stream().filter(t -> t.sentence() == sentence || t.sentence() == sentence - 1)
                    .anyMatch(t -> t.isAny(words.contactPhrases));
            return contact ? new String[] {"CONTACT", "Named for enquiries (للاتصال)"} : null;
        }

        private boolean speechAfterTitle(Match m) {
            Title title = parties.titles.get(m);
            int after = title == null ? m.to() : Math.max(m.to(), title.to());
            return after < text.tokens.size() && text.tokens.get(after).sentence() == text.tokens.get(m.from()).sentence()
                    && text.tokens.get(after).isAny(words.speechVerbs);
        }

        private boolean firstPersonAfterVerb(Match m) {
            for (Match other : parties.mentions) {
                if (other.entity().kind() == Kind.PERSON && other.from() < m.from()
                        && sentenceOf(other) == sentenceOf(m)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Roles from the words before an organisation, then the organisations participants act for, then every other
         * organisation named about the meeting as MENTIONED. A body named right after another as its parent
         * (الفريق الوطني … لحكومة الوفاق الوطني) shares none of the other's role.
         */
        private List<OrganisationRoleSpec> organisationRoles(Found meeting, Set<Integer> scope,
                Map<Entity, ParticipantSpec> onBehalfOf) {
            Map<String, OrganisationRoleSpec> roles = new LinkedHashMap<>();
            Match previous = null;
            for (Match m : parties.mentions) {
                if (m.entity().kind() != Kind.ORGANISATION) {
                    continue;
                }
                boolean parentOfPrevious = previous != null && m.from() - previous.to() <= 1
                        && ancestors(previous.entity().key()).contains(m.entity().key());
                previous = m;
                if (!scope.contains(sentenceOf(m)) || parentOfPrevious) {
                    continue;
                }
                Report report = meeting.reports().stream().filter(r -> r.sentence() == sentenceOf(m)).findFirst()
                        .orElse(null);
                String[] role = organisationRole(m, report);
                if (role != null) {
                    addRole(roles, m.entity(), role[0], quote(Integer.parseInt(role[2]), m.to()), role[1]);
                }
            }
            onBehalfOf.forEach((organisation, participant) -> {
                String role = "CO_CHAIR".equals(participant.role()) ? "CO_CHAIR" : "PARTICIPANT";
                // a co-chair or participant already; an organiser or funder may take part as well
                if (!roles.containsKey(organisation.key() + "/CO_CHAIR")) {
                    addRole(roles, organisation, role, participant.evidence().get(0), "A participant acts on its behalf");
                }
            });
            for (Match m : parties.mentions) {
                if (m.entity().kind() == Kind.ORGANISATION && scope.contains(sentenceOf(m))
                        && roles.keySet().stream().noneMatch(k -> k.startsWith(m.entity().key() + "/"))) {
                    addRole(roles, m.entity(), "MENTIONED", quote(m.from(), m.to()),
                            "Named in the text about this meeting, with no role the words give");
                }
            }
            return List.copyOf(roles.values());
        }

        /**
         * {role, why, first word of the quote} from the words before an organisation: funding and implementing
         * anywhere about the meeting, the other roles in a sentence reporting it ({@code report}, else null).
         */
        private String[] organisationRole(Match m, Report report) {
            Integer funder = before(m.from(), words.fundingPhrases, 3);
            if (funder != null) {
                return new String[] {"FUNDER", "Funds it (الممول من): the project or the meeting, as the text says",
                        String.valueOf(funder)};
            }
            Integer implementer = before(m.from(), words.implementingWords, 2);
            if (implementer != null) {
                return new String[] {"IMPLEMENTER", "Implements it (ينفذه)", String.valueOf(implementer)};
            }
            if (report == null) {
                return null;
            }
            Integer organiser = before(m.from(), words.organiseWords, 20);
            if (organiser != null && text.tokens.get(organiser).clause() == text.tokens.get(m.from()).clause()
                    && IntStream.range(organiser + 1, m.from()).noneMatch(i -> text.tokens.get(i).isAny(words.meetingNouns))) {
                return new String[] {"ORGANISER", "Organised it (نظم)", String.valueOf(organiser)};
            }
            Integer held = before(m.from(), words.convenedVerbs, 1);
            if (held != null) {
                return new String[] {"ORGANISER", "Held it (عقدت …)", String.valueOf(held)};
            }
            Integer shared = before(m.from(), Set.of(words.fold("تشارك"), words.fold("تشاركت")), 20);
            if (shared != null && IntStream.range(m.to(), sentenceEnd(m.from())).anyMatch(i -> text.tokens.get(i)
                    .is(words.fold("رئاسة")))) {
                return new String[] {"CO_CHAIR", "Shares the chair (تشارك … في رئاسة)", String.valueOf(shared)};
            }
            Integer forum = forum(m);
            if (forum != null) {
                return new String[] {"FORUM", "The body whose meeting it is (اجتماع …)", String.valueOf(forum)};
            }
            Integer attended = attendance(m);
            boolean attendReport = text.tokens.get(report.trigger()).isAny(words.attendVerbs) && report.trigger() < m.from();
            if (attended != null || attendReport) {
                return new String[] {"PARTICIPANT", "Attends it (بحضور، بمشاركة، وفد، حضر)",
                        String.valueOf(attended != null ? attended : m.from())};
            }
            return null;
        }

        /**
         * The attendance word (بحضور، بمشاركة، ممثلين عن، وفد من) whose list names the organisation: no verb and no
         * purpose (لبحث …, a ل before an indefinite word) between them.
         */
        private Integer attendance(Match m) {
            int sentence = sentenceOf(m);
            for (int i = m.from() - 1; i >= 0 && text.tokens.get(i).sentence() == sentence; i--) {
                Token t = text.tokens.get(i);
                if (t.isAny(words.attendancePhrases)) {
                    return i;
                }
                boolean named = parties.at(i) != null;
                boolean purpose = t.folded().startsWith("ل") && !t.folded().startsWith("لل") && t.bases().size() > 1;
                if (!named && (parties.isVerb(t) || purpose)) {
                    return null;
                }
            }
            return null;
        }

        /** A meeting noun right before the body, or with one definite word between (الاجتماع الثاني لفريق …). */
        private Integer forum(Match m) {
            for (int noun = m.from() - 1; noun >= Math.max(0, m.from() - 2); noun--) {
                if (text.brokenAfter(noun)) {
                    return null;
                }
                if (text.tokens.get(noun).isAny(words.meetingNouns)) {
                    return noun;
                }
                if (!text.tokens.get(noun).folded().startsWith("ال")) {
                    return null;
                }
            }
            return null;
        }

        private void addRole(Map<String, OrganisationRoleSpec> roles, Entity organisation, String role, String quote,
                String why) {
            String id = organisation.key() + "/" + role;
            if (!roles.containsKey(id)) {
                items++;
                roles.put(id, new OrganisationRoleSpec(organisation.key(), role, null, List.of(quote), true,
                        why + (organisation.proposed() ? "; a body new to the reference data" : "") + "."));
            }
        }

        /** The most specific organisation named in a title (IOM Libya rather than IOM), or null. */
        private Entity organisationIn(int from, int to) {
            List<Entity> named = parties.within(from, to, Kind.ORGANISATION).stream().map(Match::entity).toList();
            for (Entity candidate : named) {
                boolean parentOfAnother = named.stream().anyMatch(other -> !other.equals(candidate)
                        && ancestors(other.key()).contains(candidate.key()));
                if (!parentOfAnother) {
                    return candidate;
                }
            }
            return null;
        }

        private Set<String> ancestors(String key) {
            Set<String> chain = new LinkedHashSet<>();
            for (String at = parentOf(key); at != null && chain.add(at); at = parentOf(at)) {
                // follow the parents
            }
            return chain;
        }

        private String parentOf(String key) {
            OrganisationFacts view = organisations.get(key);
            return view == null ? null : view.parent();
        }

        /** "اجتماع A مع B" from those taking part: its participants, else the bodies with a role in it. */
        private Bilingual title(List<ParticipantSpec> participants, List<OrganisationRoleSpec> roles) {
            List<Entity> named = new ArrayList<>();
            participants.stream().filter(p -> !Set.of("SPEAKER", "CONTACT").contains(p.role()))
                    .forEach(p -> named.add(entity(p.person(), Kind.PERSON)));
            if (named.size() < 2) {
                roles.stream().filter(r -> Set.of("ORGANISER", "CO_CHAIR", "FORUM", "PARTICIPANT").contains(r.role()))
                        .map(r -> entity(r.organisation(), Kind.ORGANISATION)).filter(e -> !named.contains(e))
                        .forEach(named::add);
            }
            if (named.isEmpty()) {
                return new Bilingual("اجتماع", "Meeting");
            }
            if (named.size() == 1) {
                return new Bilingual("اجتماع " + named.get(0).name().ar(), named.get(0).name().en() == null ? null
                        : "Meeting of " + named.get(0).name().en());
            }
            String ar = "اجتماع " + named.get(0).name().ar() + " مع " + named.get(1).name().ar();
            String en = named.get(0).name().en() == null || named.get(1).name().en() == null ? null
                    : named.get(0).name().en() + " meets " + named.get(1).name().en();
            return new Bilingual(ar, en);
        }

        private Entity entity(String key, Kind kind) {
            return parties.mentions.stream().map(Match::entity).filter(e -> e.kind() == kind && e.key().equals(key))
                    .findFirst().orElseThrow();
        }

        private String kind(Found meeting, List<OrganisationRoleSpec> roles, List<ParticipantSpec> participants) {
            boolean workingGroup = roles.stream().anyMatch(r -> r.role().equals("FORUM")
                    && organisations.containsKey(r.organisation())
                    && "WORKING_GROUP".equals(organisations.get(r.organisation()).kind()));
            if (workingGroup) {
                return "WORKING_GROUP";
            }
            boolean review = meeting.reports().stream().anyMatch(r -> sentenceTokens(r.sentence()).stream()
                    .anyMatch(t -> t.is(words.fold("مراجعة"))));
            if (review) {
                return "PROJECT_REVIEW";
            }
            return participants.stream().filter(p -> !p.role().equals("CONTACT")).count() == 2 ? "BILATERAL" : "OTHER";
        }

        private List<String> meetingEvidence(Found meeting) {
            Set<String> evidence = new LinkedHashSet<>();
            for (Report report : meeting.reports()) {
                evidence.add(around(report.sentence(), report.trigger()));
            }
            return List.copyOf(evidence);
        }

        /** The date expression of the sentences reporting it, nearest its first meeting word; else what is known. */
        private FuzzyDateSpec meetingDate(Found meeting) {
            for (Report report : meeting.reports()) {
                Expression nearest = null;
                for (Expression e : expressions) {
                    Token first = text.tokens.get(e.from());
                    if (first.sentence() != report.sentence() || e == dateline
                            || (e.from() > 0 && text.tokens.get(e.from() - 1).isAny(words.notWhen))) {
                        continue;
                    }
                    if (nearest == null || Math.abs(e.from() - report.trigger()) < Math.abs(nearest.from() - report.trigger())) {
                        nearest = e;
                    }
                }
                if (nearest != null) {
                    Fixed fixed = dates.fix(nearest, published, publishedFrom);
                    items++;
                    return new FuzzyDateSpec(fixed.earliest(), fixed.latest(), fixed.precision().name(),
                            fixed.basis().name(), false, quote(nearest.from(), nearest.to()), null, fixed.note(), null,
                            true, "The date words of the sentence reporting the meeting.");
                }
            }
            items++;
            if (published != null) {
                return new FuzzyDateSpec(null, published, DatePrecision.RANGE.name(), Basis.INFERRED.name(), false,
                        null, List.of(published), "The text gives no date for the meeting; it reports it as held by the"
                                + " time of publication (" + published + ", " + publishedFrom + "), the likely day,"
                                + " which the text does not confirm.", null, true,
                        "No date words in the sentences reporting the meeting.");
            }
            return new FuzzyDateSpec(null, null, DatePrecision.UNKNOWN.name(), Basis.INFERRED.name(), false, null, null,
                    "The text gives no date for the meeting and no publication date.", null, true,
                    "No date words in the sentences reporting the meeting.");
        }

        /**
         * A city the sentences reporting the meeting name after في or بـ (في طرابلس، بطرابلس، بالعاصمة الليبية طرابلس),
         * not inside a person's title (مدير المنظمة في طرابلس names where he works).
         */
        private CitySpec city(Found meeting) {
            for (Report report : meeting.reports()) {
                for (Match m : parties.mentions) {
                    if (m.entity().kind() != Kind.PLACE || sentenceOf(m) != report.sentence() || inTitle(m.from())) {
                        continue;
                    }
                    Integer preposition = placePreposition(m);
                    if (preposition != null) {
                        PlaceSpec place = reference.places().stream().filter(p -> p.key().equals(m.entity().key()))
                                .findFirst().orElseThrow();
                        items++;
                        return new CitySpec(place.name().ar(), place.name().en(), Basis.STATED.name(), null,
                                List.of(quote(preposition, m.to())), true, "The sentence reporting the meeting names the"
                                        + " city (\"" + text.span(preposition, m.to()) + "\")"
                                        + (place.note() == null ? "." : "; " + place.note()));
                    }
                }
            }
            return null;
        }

        private Integer placePreposition(Match m) {
            Token place = text.tokens.get(m.from());
            if (!place.folded().equals(text.fold(m.entity().name().ar()).split(" ")[0])
                    && place.folded().startsWith("ب") && !text.fold(m.entity().name().ar()).startsWith("ب")) {
                return m.from();
            }
            for (int i = m.from() - 1; i >= 0 && m.from() - i <= 3 && !text.brokenAfter(i); i--) {
                Token t = text.tokens.get(i);
                if (t.folded().equals(words.in) || t.is(words.fold("مدينة")) || t.is(words.fold("العاصمة"))) {
                    return i;
                }
            }
            return null;
        }

        private boolean inTitle(int token) {
            return parties.titles.values().stream().anyMatch(t -> token >= t.from() && token < t.to());
        }

        /** A venue after في or بـ: مقر، ديوان، فندق، قاعة … and the words of its name. */
        private Bilingual venue(Found meeting, Set<Integer> scope) {
            List<Integer> sentences = new ArrayList<>(meeting.reports().stream().map(Report::sentence).toList());
            scope.stream().sorted().filter(s -> !sentences.contains(s)).forEach(sentences::add);
            for (int sentence : sentences) {
                for (Token t : sentenceTokens(sentence)) {
                    boolean introduced = t.folded().startsWith("ب") || (t.index() > 0
                            && text.tokens.get(t.index() - 1).folded().equals(words.in));
                    if (!t.isAny(words.venueNouns) || !introduced || t.folded().startsWith("ال")) {
                        continue;
                    }
                    // its name: nouns up to punctuation or a function word, ending in a definite one (ديوان رئاسة الوزراء)
                    int end = t.index() + 1;
                    while (end < text.tokens.size() && end - t.index() < 5 && !text.brokenAfter(end - 1)
                            && !parties.stop(text.tokens.get(end)) && !parties.isVerb(text.tokens.get(end))
                            && text.tokens.get(end).folded().matches("\\p{IsArabic}+")) {
                        end++;
                    }
                    while (end > t.index() + 1 && !text.tokens.get(end - 1).folded().startsWith("ال")) {
                        end--;
                    }
                    String written = text.span(t.index(), end);
                    String venue = t.folded().startsWith("ب") ? written.substring(1) : written;
                    return new Bilingual(venue, null);
                }
            }
            return null;
        }

        // figures

        private List<FigureSpec> figures(List<Found> meetings, List<String> meetingKeys) {
            Set<Integer> dateWords = new HashSet<>();
            expressions.forEach(e -> IntStream.range(e.from(), e.to()).forEach(dateWords::add));
            List<FigureSpec> figures = new ArrayList<>();
            Set<String> usedKeys = new HashSet<>(reference.figureKeys());
            for (Cited cited : new Numbers(text, words).find(dateWords)) {
                int clause = text.tokens.get(cited.from()).clause();
                int nounEnd = cited.to();
                while (nounEnd < text.tokens.size() && nounEnd - cited.to() < 3 && !text.brokenAfter(nounEnd - 1)
                        && text.tokens.get(nounEnd).clause() == clause && !parties.stop(text.tokens.get(nounEnd))
                        && !parties.isVerb(text.tokens.get(nounEnd)) && text.tokens.get(nounEnd).folded()
                                .matches("\\p{IsArabic}+")) {
                    nounEnd++;
                }
                if (nounEnd == cited.to()) {
                    continue;
                }
                String qualifier = cited.qualifier();
                String qualifierWhy = qualifier.equals("EXACT") ? "no qualifying words"
                        : cited.qualifierFrom() == cited.from() ? "a plural of a number"
                        : "\"" + text.span(cited.qualifierFrom(), cited.from()) + "\"";
                int estimate = estimateWord(cited, clause);
                if (estimate >= 0) {
                    qualifier = "ESTIMATE";
                    qualifierWhy = "\"" + text.tokens.get(estimate).folded() + "\" (an estimate)";
                }
                Match producer = producer(cited, clause);
                String unit = unit(cited.to());
                String noun = text.span(cited.to(), nounEnd);
                int meeting = meetings.isEmpty() ? -1 : Meetings.scopeOf(meetings, text.tokens.get(cited.from()).sentence());
                String key = key("figure", figures.size() + 1, usedKeys);
                usedKeys.add(key);
                items++;
                figures.add(new FigureSpec(key, meeting < 0 ? null : meetingKeys.get(meeting), cited.value(),
                        unit == null ? noun : unit, qualifier, quote(cited.qualifierFrom(), cited.to() + 1),
                        new Bilingual(noun, null), null, asOf(), producer == null ? null : producer.entity().key(),
                        null, List.of(around(text.tokens.get(cited.from()).sentence(), cited.from())), true,
                        "Value " + cited.value().toPlainString() + (cited.reading() == null ? "" : " (" + cited.reading()
                                + ")") + "; qualifier " + qualifier + " from " + qualifierWhy + "; counts \"" + noun + "\""
                                + (unit == null ? ", unit as stated: write what one unit is" : ", unit " + unit)
                                + (producer == null ? "; no producer named in its clause" : "; producer named with \""
                                        + text.span(producer.from(), producer.to()) + "\"")
                                + (meeting < 0 ? "" : "; linked to the meeting reported before it") + "."));
            }
            return figures;
        }

        /** An estimate word before the number in its clause, or an attribution clause after it (وفق تقديرات …). */
        private int estimateWord(Cited cited, int clause) {
            for (int i = cited.from() - 1; i >= 0 && text.tokens.get(i).clause() == clause; i--) {
                if (text.tokens.get(i).isAny(words.estimates)) {
                    return i;
                }
            }
            int next = nextClauseStart(cited.to(), clause);
            if (next >= 0 && text.tokens.get(next).isAny(words.attributions) && next + 1 < text.tokens.size()
                    && text.tokens.get(next + 1).isAny(words.estimates)) {
                return next + 1;
            }
            return -1;
        }

        /** The organisation after a producing verb (سجلت …) in the number's clause, or after وفق/حسب in the next. */
        private Match producer(Cited cited, int clause) {
            for (int i = cited.from() - 1; i >= 0 && text.tokens.get(i).clause() == clause; i--) {
                if (text.tokens.get(i).isAny(words.producerVerbs)) {
                    Match m = organisationWithin(i + 1, 3);
                    if (m != null && m.to() <= cited.from()) {
                        return m;
                    }
                }
            }
            int next = nextClauseStart(cited.to(), clause);
            if (next >= 0 && text.tokens.get(next).isAny(words.attributions)) {
                int at = next + 1 < text.tokens.size() && text.tokens.get(next + 1).isAny(words.estimates) ? next + 2 : next + 1;
                return organisationWithin(at, 1);
            }
            return null;
        }

        private Match organisationWithin(int from, int words) {
            for (Match m : parties.mentions) {
                if (m.entity().kind() == Kind.ORGANISATION && m.from() >= from && m.from() < from + words) {
                    return m;
                }
            }
            return null;
        }

        private int nextClauseStart(int from, int clause) {
            for (int i = from; i < text.tokens.size(); i++) {
                if (text.tokens.get(i).clause() != clause) {
                    return text.tokens.get(i).sentence() == text.tokens.get(from - 1).sentence() ? i : -1;
                }
            }
            return -1;
        }

        private String unit(int noun) {
            if (noun >= text.tokens.size()) {
                return null;
            }
            for (String base : text.tokens.get(noun).bases()) {
                for (Map.Entry<String, String> stem : words.unitStems.entrySet()) {
                    if (base.startsWith(stem.getKey())) {
                        return stem.getValue();
                    }
                }
            }
            return null;
        }

        private FuzzyDateSpec asOf() {
            if (published == null) {
                return null;
            }
            return new FuzzyDateSpec(null, published, DatePrecision.RANGE.name(), Basis.INFERRED.name(), null, null,
                    null, "The text does not say when the count was made; it can be no later than publication ("
                            + published + ", " + publishedFrom + ").", null, null, null);
        }

        // helpers

        private String key(String what, int n, Set<String> used) {
            String key = prefix + "-" + what + "-" + n;
            while (used.contains(key)) {
                key = key + "-draft";
            }
            return key;
        }

        private String quote(int fromToken, int toToken) {
            return quotes.unique(text.tokens.get(fromToken).start(), text.tokens.get(Math.min(toToken,
                    text.tokens.size()) - 1).end());
        }

        /** A sentence as a quote, cut to the words around {@code at} when long. */
        private String around(int sentence, int at) {
            List<Token> words = sentenceTokens(sentence);
            int from = words.get(0).index();
            int to = words.get(words.size() - 1).index() + 1;
            if (to - from > QUOTE_WORDS) {
                from = Math.max(from, at - QUOTE_WORDS / 3);
                to = Math.min(to, from + QUOTE_WORDS);
            }
            return quote(from, to);
        }

        private List<Token> sentenceTokens(int sentence) {
            return text.tokens.stream().filter(t -> t.sentence() == sentence).toList();
        }

        private int sentenceEnd(int token) {
            int sentence = text.tokens.get(token).sentence();
            int end = token;
            while (end < text.tokens.size() && text.tokens.get(end).sentence() == sentence) {
                end++;
            }
            return end;
        }

        private int lastSentence() {
            return text.tokens.isEmpty() ? 0 : text.tokens.get(text.tokens.size() - 1).sentence();
        }

        private int sentenceOf(Match m) {
            return text.tokens.get(m.from()).sentence();
        }

        private Integer before(int token, Set<String> wanted, int within) {
            int sentence = text.tokens.get(token).sentence();
            for (int i = token - 1; i >= 0 && token - i <= within && text.tokens.get(i).sentence() == sentence; i--) {
                if (text.tokens.get(i).isAny(wanted)) {
                    return i;
                }
            }
            return null;
        }

        private boolean beforeWord(int token, String word, int within) {
            return before(token, Set.of(words.fold(word)), within) != null;
        }

        private Set<Entity> usedEntities(List<MeetingSpec> meetings, List<FigureSpec> figures) {
            Set<String> keys = new HashSet<>();
            for (MeetingSpec m : meetings) {
                m.participants().forEach(p -> {
                    keys.add("P" + p.person());
                    if (p.organisation() != null) {
                        keys.add("O" + p.organisation());
                    }
                });
                m.organisations().forEach(r -> keys.add("O" + r.organisation()));
            }
            figures.stream().filter(f -> f.producer() != null).forEach(f -> keys.add("O" + f.producer()));
            return parties.entities().stream().filter(e -> keys.contains((e.kind() == Kind.PERSON ? "P" : "O") + e.key()))
                    .collect(Collectors.toSet());
        }

        private Summary summary(DocumentSpec document) {
            Set<String> people = new HashSet<>();
            Set<String> organisations = new HashSet<>();
            int dates = document.published() == null ? 0 : 1;
            for (MeetingSpec m : document.meetings()) {
                m.participants().forEach(p -> people.add(p.person()));
                m.organisations().forEach(r -> organisations.add(r.organisation()));
                dates++;
            }
            return new Summary(document.meetings().size(), people.size(), document.newPeople().size(),
                    organisations.size(), document.newOrganisations().size(), document.figures().size(), dates, items);
        }
    }

    /** The draft as the text of an annotation file, with a header saying how to confirm it. */
    static String yaml(DocumentSpec document) {
        try {
            return "# A DRAFT written by scripts/draft-annotations: every item marked `draft: true` is a proposal, with\n"
                    + "# the words it rests on in `draftNote`. Confirm an item by deleting those two lines, correct it, or\n"
                    + "# delete it; scripts/validate-seeds lists what is still unconfirmed, and the loader refuses the file\n"
                    + "# until nothing is. Entries under newOrganisations / newPeople belong in reference/ once confirmed.\n"
                    + YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the draft as YAML", e);
        }
    }
}
