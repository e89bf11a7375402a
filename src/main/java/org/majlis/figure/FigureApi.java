package org.majlis.figure;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
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
import org.majlis.evidence.EvidenceAspect;
import org.majlis.evidence.EvidenceLoader;
import org.majlis.evidence.EvidenceOwner;
import org.majlis.evidence.EvidenceType;
import org.majlis.graphql.Batch;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.NotFoundException;
import org.majlis.graphql.Page;
import org.majlis.graphql.ReadOnly;
import org.majlis.graphql.Selection;
import org.majlis.meeting.MeetingApi;
import org.majlis.meeting.MeetingType;
import org.majlis.organisation.OrganisationApi;
import org.majlis.organisation.OrganisationResolver;
import org.majlis.organisation.OrganisationType;

@GraphQLApi
@Transactional
@ReadOnly
public class FigureApi {
    @Inject
    RecordVersionsLoader recordVersions;
    @Inject
    Selection selection;
    @Inject
    OrganisationResolver organisations;
    @Inject
    EvidenceLoader evidence;
    @Inject
    EntityManager em;

    @Query("figures")
    @NonNull
    @Description("Cited figures matching `filter`, in the order of their documents and of the text.")
    public FigureConnection figures(@Description("Which figures; all given fields must hold.") FigureFilter filter,
            @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before) {
        FigureCondition condition = FigureCondition.of(filter, organisations);
        Page<FigureType> page = Page.of(first, after, last, before,
                (offset, limit) -> condition.page(offset, limit).list(em, CitedFigure.class).stream()
                        .map(FigureType::from).toList(),
                () -> condition.count().count(em), selection);
        return new FigureConnection(page);
    }

    @Query("figure")
    @Description("One figure by id. An unknown id is a NOT_FOUND error.")
    public FigureType figure(@Id @NonNull @Description("The global id, as returned in `id`.") String id) {
        return NotFoundException.unlessFound(byKey(GlobalId.keyOf("id", id, FigureType.TYPE)), "figure", id);
    }

    /** For {@code node(id)}: the figure with this key, or null. */
    public static FigureType byKey(String key) {
        CitedFigure figure = CitedFigure.find("key", key).firstResult();
        return figure == null ? null : FigureType.from(figure);
    }

    @Description("The organisation that produced the figure; null when the text does not attribute it.")
    public List<OrganisationType> producer(@Source List<FigureType> figures) {
        return OrganisationApi.organisationsOf(figures.stream().map(FigureType::producerId).toList());
    }

    @Description("The meeting at which the figure was cited; null when the text ties it to none.")
    public List<MeetingType> meeting(@Source List<FigureType> figures) {
        return MeetingApi.meetingsOf(figures.stream().map(FigureType::meetingId).toList());
    }

    @NonNull
    @Description("The other figures of the same `measure`, which count the same thing (e.g. IOM DTM's exact count"
            + " of migrants in Libya and an unattributed estimate of them), to be read side by side with their"
            + " `qualifier`, `producer`, `asOf` and `evidence`. Ordered by `asOf` (its earliest possible day, or its"
            + " latest when only that is known; figures with no as-of date last), then by key. Empty when the"
            + " figure has no measure.")
    public List<List<@NonNull FigureType>> comparable(@Source List<FigureType> figures) {
        List<String> measures = figures.stream().map(FigureType::measure).filter(Objects::nonNull).distinct().toList();
        Map<String, List<FigureType>> byMeasure = measures.isEmpty() ? Map.of()
                : CitedFigure.<CitedFigure>list("measure in ?1 order by coalesce(asOf.earliest, asOf.latest) nulls last,"
                        + " key", measures).stream().map(FigureType::from)
                        .collect(Collectors.groupingBy(FigureType::measure));
        return figures.stream().map(figure -> figure.measure() == null ? List.<FigureType>of()
                : byMeasure.getOrDefault(figure.measure(), List.of()).stream().filter(other -> other.dbId() != figure.dbId()).toList())
                .toList();
    }

    @Name("evidence")
    @NonNull
    @Description("The quotes that state the figure and what it counts.")
    public List<List<@NonNull EvidenceType>> figureEvidence(@Source List<FigureType> figures) {
        return evidence.forSources(figures,
                f -> EvidenceOwner.of(EvidenceOwner.Column.FIGURE, f.dbId(), EvidenceAspect.FACT, EvidenceAspect.TEXT));
    }

    @NonNull
    @Description("The figures cited in the report of the meeting.")
    public List<List<@NonNull FigureType>> figures(@Source List<MeetingType> meetings) {
        List<Long> ids = meetings.stream().map(MeetingType::dbId).toList();
        List<FigureType> figures = CitedFigure.<CitedFigure>list("meetingId in ?1 order by position", ids).stream()
                .map(FigureType::from).toList();
        return Batch.groupByParent(ids, figures, FigureType::meetingId);
    }

    @Description(RecordVersions.FIELD)
    public List<RecordVersions> versions(@Source List<FigureType> figures) {
        return recordVersions.of(RecordType.FIGURE, figures.stream().map(FigureType::key).toList());
    }
}
