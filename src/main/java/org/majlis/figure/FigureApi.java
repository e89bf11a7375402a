package org.majlis.figure;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.evidence.EvidenceAspect;
import org.majlis.evidence.EvidenceLoader;
import org.majlis.evidence.EvidenceOwner;
import org.majlis.evidence.EvidenceType;
import org.majlis.graphql.BadUserInputException;
import org.majlis.graphql.Batch;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.NotFoundException;
import org.majlis.graphql.Page;
import org.majlis.graphql.Selection;
import org.majlis.meeting.MeetingApi;
import org.majlis.meeting.MeetingType;
import org.majlis.organisation.OrganisationApi;
import org.majlis.organisation.OrganisationResolver;
import org.majlis.organisation.OrganisationType;

@GraphQLApi
@Transactional
public class FigureApi {
    @Inject
    Selection selection;
    @Inject
    OrganisationResolver organisations;
    @Inject
    EvidenceLoader evidence;

    @Query("figures")
    @NonNull
    @Description("Cited figures matching `filter`, in the order of their documents and of the text.")
    public FigureConnection figures(@Description("Which figures; all given fields must hold.") FigureFilter filter,
            @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        boolean nothing = false;
        if (filter != null) {
            if (filter.unit != null) {
                where.add("f.unit = :unit");
                params.put("unit", filter.unit);
            }
            if (filter.qualifier != null) {
                where.add("f.qualifier = :qualifier");
                params.put("qualifier", filter.qualifier.name());
            }
            if (filter.minValue != null && filter.maxValue != null && filter.minValue.compareTo(filter.maxValue) > 0) {
                throw new BadUserInputException("`filter.minValue` (" + filter.minValue
                        + ") must not be greater than `filter.maxValue` (" + filter.maxValue + ").");
            }
            if (filter.minValue != null) {
                where.add("f.value >= :min");
                params.put("min", filter.minValue);
            }
            if (filter.maxValue != null) {
                where.add("f.value <= :max");
                params.put("max", filter.maxValue);
            }
            List<Long> producers = organisations.resolve("filter.producer", filter.producer);
            if (producers != null) {
                nothing = producers.isEmpty();
                where.add("f.producerId in :producers");
                params.put("producers", producers);
            }
        }
        String condition = String.join(" and ", where);
        boolean matchesNothing = nothing;
        Page<FigureType> page = Page.of(first, after, last, before, (offset, limit) -> matchesNothing ? List.of()
                : CitedFigure.<CitedFigure>find("select f from CitedFigure f, SourceDocument d where d.id = f.documentId"
                        + (condition.isEmpty() ? "" : " and " + condition) + " order by d.slug, f.position", params)
                        .range(offset, offset + limit - 1).stream().map(FigureType::from).toList(),
                () -> count(condition, params, matchesNothing), selection);
        return new FigureConnection(page);
    }

    private static int count(String condition, Map<String, Object> params, boolean nothing) {
        return nothing ? 0 : (int) CitedFigure.count("select count(f) from CitedFigure f"
                + (condition.isEmpty() ? "" : " where " + condition), params);
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
}
