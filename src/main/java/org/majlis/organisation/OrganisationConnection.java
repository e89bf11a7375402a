package org.majlis.organisation;

import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Page;
import org.majlis.text.NameMatchType;

@Name("OrganisationConnection")
@Description("A page of organisations.")
public class OrganisationConnection extends Connection<OrganisationType, OrganisationConnection.OrganisationEdge> {

    /** @param matchOf the name through which a record matched a name filter, by row id (null without one) */
    OrganisationConnection(Page<OrganisationType> page, Function<Long, NameMatchType> matchOf) {
        super(page, (cursor, node) -> new OrganisationEdge(cursor, node, matchOf.apply(node.dbId())));
    }

    @Name("OrganisationEdge")
    @Description("An item of a page of organisations, and its cursor.")
    public record OrganisationEdge(@NonNull @Description("Pass to `after` or `before` to page from here.") String cursor,
            @NonNull @Description("The item.") OrganisationType node,
            @Description("With a `name` filter: the name that matched and how; null otherwise.") NameMatchType match) {
    }
}
