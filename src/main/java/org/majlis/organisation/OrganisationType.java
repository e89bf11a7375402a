package org.majlis.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Node;
import org.majlis.graphql.Text;

@Name("Organisation")
@Description("An organisation that took part in or was named in a meeting (Popolo Organization).")
public record OrganisationType(
        @Ignore long dbId,
        @Ignore Long parentId,
        String id,
        @NonNull @Description("The curated key, e.g. `iom`; stable.") String key,
        @NonNull @Description("The name in Arabic and English.") Text name,
        @NonNull @Description("False when the English name is the curators' own translation, not an official or"
                + " attested one.") boolean englishNameVerified,
        @Description("The acronym, e.g. `IOM`; null when none is confirmed.") String acronym,
        @NonNull @Description("What kind of body it is.") OrganisationKind kind,
        @Description("Background from the curators, with its source.") String note) implements Node {

    static final String TYPE = "Organisation";

    @Id
    @NonNull
    @Override
    @Description("The global id: opaque, stable across reloads of the seed data.")
    public String getId() {
        return id;
    }

    public static OrganisationType from(Organisation o) {
        return new OrganisationType(o.id, o.parentId, GlobalId.of(TYPE, o.key), o.key, Text.of(o.nameAr, o.nameEn),
                o.nameEnVerified, o.acronym, OrganisationKind.valueOf(o.kind), o.note);
    }
}
