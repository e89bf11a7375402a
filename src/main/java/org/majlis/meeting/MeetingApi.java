package org.majlis.meeting;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.dataset.RecordType;
import org.majlis.dataset.RecordVersions;
import org.majlis.dataset.RecordVersionsLoader;
import org.majlis.evidence.EvidenceLoader;
import org.majlis.evidence.EvidenceOwner;
import org.majlis.evidence.EvidenceAspect;
import org.majlis.evidence.EvidenceType;
import org.majlis.graphql.BadUserInputException;
import org.majlis.graphql.Batch;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.NotFoundException;
import org.majlis.graphql.OrderDirection;
import org.majlis.graphql.Page;
import org.majlis.graphql.ReadOnly;
import org.majlis.graphql.Selection;
import org.majlis.organisation.OrganisationApi;
import org.majlis.organisation.OrganisationType;
import org.majlis.person.PersonApi;
import org.majlis.person.PersonType;

/** Meetings, and the participations and organisation roles that tie people and organisations to them. */
@GraphQLApi
@Transactional
@ReadOnly
public class MeetingApi {
    @Inject
    RecordVersionsLoader recordVersions;
    @Inject
    Selection selection;
    @Inject
    MeetingSearch search;
    @Inject
    EvidenceLoader evidence;
    @Inject
    EntityManager em;

    @Query("meetings")
    @NonNull
    @Description("Meetings matching `filter`, newest first unless `orderBy` says otherwise. Page with `first`/`after`"
            + " or `last`/`before` (1 to 100 per page; 20 when neither is given).")
    public MeetingConnection meetings(
            @Description("Which meetings; all given fields must hold.") MeetingFilter filter,
            @Description("The order; newest first when omitted.") MeetingOrder orderBy,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before) {
        MeetingSearch.Condition condition = search.compile(filter);
        OrderDirection direction = orderBy == null || orderBy.direction == null ? OrderDirection.DESC : orderBy.direction;
        // a first page counts the matches in its own statement when totalCount is asked for
        AtomicLong counted = new AtomicLong(-1);
        Page<MeetingType> page = Page.keyed(first, after, last, before, MeetingSearch.SortKey.CODEC,
                meeting -> new MeetingSearch.SortKey(meeting.dateSort(), meeting.key()), (from, to, backward, limit) -> {
                    MeetingSearch.Slice slice = search.page(condition, direction, from, to, backward, limit,
                            selection.totalCount());
                    if (slice.total() != null) {
                        counted.set(slice.total());
                    }
                    return slice.meetings().stream().map(MeetingType::from).toList();
                }, () -> counted.get() >= 0 ? (int) counted.get() : search.count(condition), selection);
        return new MeetingConnection(page);
    }

    @Query("meeting")
    @Description("One meeting by id. An unknown id is a NOT_FOUND error.")
    public MeetingType meeting(@Id @NonNull @Description("The global id, as returned in `id`.") String id) {
        return NotFoundException.unlessFound(byKey(GlobalId.keyOf("id", id, MeetingType.TYPE)), "meeting", id);
    }

    /** For {@code node(id)}: the meeting with this key, or null. */
    public static MeetingType byKey(String key) {
        Meeting meeting = Meeting.find("key", key).firstResult();
        return meeting == null ? null : MeetingType.from(meeting);
    }

    @NonNull
    @Description("The organisations that had a role in the meeting, in the order the curators recorded them.")
    public List<List<@NonNull MeetingOrganisationType>> organisations(@Source List<MeetingType> meetings,
            @Description("Only roles of this kind.") OrganisationRole role) {
        List<Long> ids = meetings.stream().map(MeetingType::dbId).toList();
        List<MeetingOrganisation> rows = role == null
                ? MeetingOrganisation.list("meetingId in ?1 order by position", ids)
                : MeetingOrganisation.list("meetingId in ?1 and role = ?2 order by position", ids, role.name());
        return Batch.groupByParent(ids, rows.stream().map(MeetingOrganisationType::from).toList(),
                MeetingOrganisationType::meetingId);
    }

    @NonNull
    @Description("The people who took part, with their roles and titles as stated. Press contacts named by the"
            + " report are not among them (see `contacts`).")
    public List<List<@NonNull ParticipationType>> participants(@Source List<MeetingType> meetings) {
        return participationsOf(meetings, Participation.attended("p"));
    }

    @NonNull
    @Description("The people the report names as contacts for enquiries (role CONTACT, e.g. a press officer), with"
            + " their titles as stated; they are not reported as taking part.")
    public List<List<@NonNull ParticipationType>> contacts(@Source List<MeetingType> meetings) {
        return participationsOf(meetings, "NOT (" + Participation.attended("p") + ")");
    }

    private static List<List<ParticipationType>> participationsOf(List<MeetingType> meetings, String condition) {
        List<Long> ids = meetings.stream().map(MeetingType::dbId).toList();
        List<Participation> rows = Participation.list("from Participation p where p.meetingId in ?1 and " + condition
                + " order by p.position", ids);
        return Batch.groupByParent(ids, rows.stream().map(ParticipationType::from).toList(),
                ParticipationType::meetingId);
    }

    @Name("evidence")
    @NonNull
    @Description("The quotes that report the meeting.")
    public List<List<@NonNull EvidenceType>> meetingEvidence(@Source List<MeetingType> meetings) {
        return evidence.forSources(meetings, MeetingType::evidenceOwner);
    }

    @Name("evidence")
    @NonNull
    @Description("The quotes that name the city, or from which it is inferred.")
    public List<List<@NonNull EvidenceType>> cityEvidence(@Source List<CityType> cities) {
        return evidence.forSources(cities, CityType::evidenceOwner);
    }

    @Name("organisation")
    @NonNull
    @Description("The organisation.")
    public List<OrganisationType> roleOrganisation(@Source List<MeetingOrganisationType> roles) {
        return OrganisationApi.organisationsOf(roles.stream().map(MeetingOrganisationType::organisationId).toList());
    }

    @Name("meeting")
    @NonNull
    @Description("The meeting.")
    public List<MeetingType> roleMeeting(@Source List<MeetingOrganisationType> roles) {
        return meetingsOf(roles.stream().map(MeetingOrganisationType::meetingId).toList());
    }

    @Name("evidence")
    @NonNull
    @Description("The quotes that show the organisation's role.")
    public List<List<@NonNull EvidenceType>> roleEvidence(@Source List<MeetingOrganisationType> roles) {
        return evidence.forSources(roles,
                r -> EvidenceOwner.of(EvidenceOwner.Column.MEETING_ORGANISATION, r.dbId(), EvidenceAspect.FACT));
    }

    @Name("person")
    @NonNull
    @Description("The person.")
    public List<PersonType> participationPerson(@Source List<ParticipationType> participations) {
        return PersonApi.peopleOf(participations.stream().map(ParticipationType::personId).toList());
    }

    @Name("organisation")
    @Description("The organisation the person acted for; null when the text does not say.")
    public List<OrganisationType> participationOrganisation(@Source List<ParticipationType> participations) {
        return OrganisationApi.organisationsOf(participations.stream().map(ParticipationType::organisationId).toList());
    }

    @Name("meeting")
    @NonNull
    @Description("The meeting.")
    public List<MeetingType> participationMeeting(@Source List<ParticipationType> participations) {
        return meetingsOf(participations.stream().map(ParticipationType::meetingId).toList());
    }

    @Name("evidence")
    @NonNull
    @Description("The quotes that show the person's part, role and title.")
    public List<List<@NonNull EvidenceType>> participationEvidence(@Source List<ParticipationType> participations) {
        return evidence.forSources(participations,
                p -> EvidenceOwner.of(EvidenceOwner.Column.PARTICIPATION, p.dbId(), EvidenceAspect.FACT));
    }

    @NonNull
    @Description("Every part the person had in a meeting, oldest meeting first; includes the role CONTACT (named by"
            + " the report for enquiries, not reported as taking part).")
    public List<List<@NonNull ParticipationType>> participations(@Source List<PersonType> people) {
        List<Long> ids = people.stream().map(PersonType::dbId).toList();
        List<Participation> rows = Participation.list("select p from Participation p, Meeting m where m.id = p.meetingId"
                + " and p.personId in ?1 order by m.dateSort nulls last, m.key, p.position", ids);
        return Batch.groupByParent(ids, rows.stream().map(ParticipationType::from).toList(),
                ParticipationType::personId);
    }

    @Name("meetings")
    @NonNull
    @Description("The newest meetings in which the organisation had a role or a participant acted for it. For"
            + " paging or filtering use the root `meetings` query with `filter.organisation`.")
    @SuppressWarnings("unchecked")
    public List<List<@NonNull MeetingType>> organisationMeetings(@Source List<OrganisationType> organisations,
            @DefaultValue("20") @Description("How many (1–100).") int first) {
        checkedFirst(first);
        List<Long> ids = organisations.stream().map(OrganisationType::dbId).toList();
        // the newest `first` meetings of every organisation in one statement
        List<Object[]> rows = em.createNativeQuery("SELECT org_id, meeting_id FROM ("
                + " SELECT x.org_id, m.id AS meeting_id, row_number() OVER (PARTITION BY x.org_id"
                + "  ORDER BY m.date_sort DESC NULLS LAST, m.key DESC) AS rn"
                + " FROM (SELECT organisation_id AS org_id, meeting_id FROM meeting_organisation WHERE organisation_id IN (:ids)"
                + "  UNION SELECT organisation_id, meeting_id FROM participation WHERE organisation_id IN (:ids)) x"
                + " JOIN meeting m ON m.id = x.meeting_id) ranked WHERE rn <= :first ORDER BY org_id, rn")
                .setParameter("ids", ids).setParameter("first", first).getResultList();
        List<MeetingType> meetings = meetingsOf(rows.stream().map(r -> ((Number) r[1]).longValue()).toList());
        Map<Long, List<MeetingType>> byOrganisation = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byOrganisation.computeIfAbsent(((Number) rows.get(i)[0]).longValue(), k -> new ArrayList<>())
                    .add(meetings.get(i));
        }
        return ids.stream().map(id -> byOrganisation.getOrDefault(id, List.of())).toList();
    }

    /** {@code Organisation.meetings}' {@code first}, checked. */
    static int checkedFirst(int first) {
        if (first < 1 || first > Page.MAX_PAGE_SIZE) {
            throw new BadUserInputException("`first` must be between 1 and " + Page.MAX_PAGE_SIZE + " (got " + first
                    + ").");
        }
        return first;
    }

    /** The meetings with these row ids, in one statement, in the same order; null where the id is null. */
    public static List<MeetingType> meetingsOf(List<Long> ids) {
        Map<Long, Meeting> found = Batch.byId(Meeting.class, ids, m -> m.id);
        return ids.stream().map(id -> id == null ? null : MeetingType.from(found.get(id))).toList();
    }

    @Description(RecordVersions.FIELD)
    public List<RecordVersions> versions(@Source List<MeetingType> meetings) {
        return recordVersions.of(RecordType.MEETING, meetings.stream().map(MeetingType::key).toList());
    }
}
