package org.majlis.meeting;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.date.Basis;
import org.majlis.date.FuzzyDateType;
import org.majlis.evidence.EvidenceAspect;
import org.majlis.evidence.EvidenceOwner;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Node;
import org.majlis.graphql.Text;

@Name("Meeting")
@Description("A meeting reported by a source document: who met whom, when, where and on whose behalf.")
public record MeetingType(
        @Ignore long dbId,
        @Ignore long documentId,
        @Ignore LocalDate dateSort,
        String id,
        @NonNull @Description("The curated key, e.g. `mwg-2`; stable.") String key,
        @NonNull @Description("A title in Arabic and English.") Text title,
        @NonNull @Description("What kind of meeting it was.") MeetingKind kind,
        @NonNull @Description("When it took place, as precisely as the sources allow.") FuzzyDateType date,
        @Description("Where it took place; null when the sources do not say (never guessed).") CityType city,
        @Description("The venue, where the text names one.") Text venue,
        @NonNull @Description("Subjects discussed, as English keywords.") List<@NonNull String> topics,
        @Description("A short summary of what the text reports.") Text summary) implements Node {

    static final String TYPE = "Meeting";

    @Id
    @NonNull
    @Override
    @Description("The global id: opaque, stable across reloads of the seed data.")
    public String getId() {
        return id;
    }

    @Ignore
    public EvidenceOwner evidenceOwner() {
        return EvidenceOwner.of(EvidenceOwner.Column.MEETING, dbId, EvidenceAspect.FACT);
    }

    public static MeetingType from(Meeting m) {
        CityType city = m.cityBasis == null ? null
                : new CityType(Text.of(m.cityAr, m.cityEn), Basis.valueOf(m.cityBasis), m.cityNote,
                        EvidenceOwner.of(EvidenceOwner.Column.MEETING, m.id, EvidenceAspect.CITY));
        return new MeetingType(m.id, m.documentId, m.dateSort, GlobalId.of(TYPE, m.key), m.key, Text.of(m.titleAr, m.titleEn),
                MeetingKind.valueOf(m.kind),
                FuzzyDateType.from(m.date,
                        EvidenceOwner.of(EvidenceOwner.Column.MEETING, m.id, EvidenceAspect.DATE)),
                city, Text.of(m.venueAr, m.venueEn), m.topics == null ? List.of() : List.of(m.topics),
                Text.of(m.summaryAr, m.summaryEn));
    }
}
