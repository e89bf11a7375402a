package org.majlis.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Node;
import org.majlis.graphql.Text;

@Name("Person")
@Description("A person named in the sources (Popolo Person). One record however many spellings the sources use.")
public record PersonType(
        @Ignore long dbId,
        String id,
        @NonNull @Description("The curated key, e.g. `othman-belbeisi`; stable.") String key,
        @NonNull @Description("The name: `ar` as the sources write it, `en` an English spelling.") Text name,
        @NonNull @Description("False when the English spelling is unverified: no source confirms it.")
        boolean englishNameVerified,
        @Description("Background from the curators, with its source.") String note) implements Node {

    static final String TYPE = "Person";

    @Id
    @NonNull
    @Override
    @Description("The global id: opaque, stable across reloads of the seed data.")
    public String getId() {
        return id;
    }

    public static PersonType from(Person p) {
        return new PersonType(p.id, GlobalId.of(TYPE, p.key), p.key, Text.of(p.nameAr, p.nameEn), p.nameEnVerified,
                p.note);
    }
}
