package org.majlis.organisation;

import java.util.List;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Page;
import org.majlis.graphql.PageInfo;

@Name("OrganisationConnection")
@Description("A page of organisations.")
public record OrganisationConnection(@NonNull List<@NonNull OrganisationEdge> edges,
        @NonNull List<@NonNull OrganisationType> nodes, @NonNull PageInfo pageInfo, @Ignore IntSupplier counter) {

    @Name("OrganisationEdge")
    @Description("An organisation and its cursor.")
    public record OrganisationEdge(@NonNull String cursor, @NonNull OrganisationType node) {
    }

    static OrganisationConnection of(Page<OrganisationType> page, IntSupplier counter) {
        return new OrganisationConnection(page.edges(OrganisationEdge::new), page.items(), page.pageInfo(), counter);
    }

    @NonNull
    @Description("The number of organisations matching the filter, over all pages (counted only when asked for).")
    public int getTotalCount() {
        return counter.getAsInt();
    }
}
