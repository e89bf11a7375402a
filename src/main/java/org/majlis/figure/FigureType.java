package org.majlis.figure;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.date.FuzzyDateType;
import org.majlis.evidence.EvidenceAspect;
import org.majlis.evidence.EvidenceOwner;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Node;
import org.majlis.graphql.Text;

@Name("Figure")
@Description("A number a source cites, e.g. the 704,142 migrants IOM's Displacement Tracking Matrix recorded,"
        + " kept with how it was stated, what it counts, when it applies and who produced it.")
public record FigureType(
        @Ignore long dbId,
        @Ignore long documentId,
        @Ignore Long meetingId,
        @Ignore Long producerId,
        String id,
        @NonNull @Description("The curated key, e.g. `dtm-migrants-2018`; stable.") String key,
        @NonNull @Description("The value as a number, e.g. 704142 for the text `704.142`.") BigDecimal value,
        @NonNull @Description("What one unit is: `person`, `organisation`, `working group` …") String unit,
        @NonNull @Description("How exactly the source states it.") FigureQualifier qualifier,
        @NonNull @Description("The figure exactly as the text writes it, e.g. `704.142` or `يقارب مليون شخص`.")
        String textAsStated,
        @Description("What it counts, in Arabic (the text's words) and English.") Text counts,
        @Description("What it counts, as a curated key shared by every figure that counts the same thing, e.g."
                + " `migrants-in-libya`; null when no other figure is known to count the same thing. The figures of"
                + " a measure are listed in `comparable` and by `figures(filter: {measure})`.") String measure,
        @Description("When the figure applies, as precisely as the source allows; null when unknown.")
        FuzzyDateType asOf,
        @Description("Remarks of the curators.") String note) implements Node {

    static final String TYPE = "Figure";

    @Id
    @NonNull
    @Override
    @Description("The global id: opaque, stable across reloads of the seed data.")
    public String getId() {
        return id;
    }

    public static FigureType from(CitedFigure f) {
        return new FigureType(f.id, f.documentId, f.meetingId, f.producerId, GlobalId.of(TYPE, f.key), f.key, f.value,
                f.unit, FigureQualifier.valueOf(f.qualifier), f.textAsStated, Text.of(f.countsAr, f.countsEn),
                f.measure,
                FuzzyDateType.from(f.asOf, EvidenceOwner.of(EvidenceOwner.Column.FIGURE, f.id, EvidenceAspect.AS_OF)),
                f.note);
    }
}
