package org.majlis.dataset;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Page;

@Name("ChangeConnection")
@Description("A page of changes, in version order.")
public class ChangeConnection extends Connection<ChangeType, ChangeConnection.ChangeEdge> {

    ChangeConnection(Page<ChangeType> page) {
        super(page, ChangeEdge::new);
    }

    @Name("ChangeEdge")
    @Description("A change and its cursor.")
    public record ChangeEdge(@NonNull @Description("Pass to `after` to page from here.") String cursor,
            @NonNull @Description("The item.") ChangeType node) {
    }
}
