package org.majlis.person;

import java.util.List;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Page;
import org.majlis.graphql.PageInfo;

@Name("PersonConnection")
@Description("A page of people.")
public record PersonConnection(@NonNull List<@NonNull PersonEdge> edges, @NonNull List<@NonNull PersonType> nodes,
        @NonNull PageInfo pageInfo, @Ignore IntSupplier counter) {

    @Name("PersonEdge")
    @Description("A person and its cursor.")
    public record PersonEdge(@NonNull String cursor, @NonNull PersonType node) {
    }

    static PersonConnection of(Page<PersonType> page, IntSupplier counter) {
        return new PersonConnection(page.edges(PersonEdge::new), page.items(), page.pageInfo(), counter);
    }

    @NonNull
    @Description("The number of people matching the filter, over all pages (counted only when asked for).")
    public int getTotalCount() {
        return counter.getAsInt();
    }
}
