package org.majlis.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Page;

@Name("OrganisationConnection")
@Description("A page of organisations.")
public class OrganisationConnection extends Connection<OrganisationType, OrganisationConnection.OrganisationEdge> {

    OrganisationConnection(Page<OrganisationType> page) {
        super(page, OrganisationEdge::new);
    }

    @Name("OrganisationEdge")
    @Description("An item of a page of organisations, and its cursor.")
    public record OrganisationEdge(@NonNull @Description("Pass to `after` or `before` to page from here.") String cursor,
            @NonNull @Description("The item.") OrganisationType node) {
    }
}
