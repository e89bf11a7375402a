package org.majlis.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.date.Basis;
import org.majlis.evidence.EvidenceOwner;
import org.majlis.graphql.Text;

@Name("City")
@Description("The city a meeting took place in, with what that rests on.")
public record CityType(
        @NonNull @Description("The city's name.") Text name,
        @NonNull @Description("STATED when the text names the city; INFERRED when derived (see `note`).") Basis basis,
        @Description("Why the city is what it is, when the text does not state it.") String note,
        @Ignore EvidenceOwner evidenceOwner) {
}
