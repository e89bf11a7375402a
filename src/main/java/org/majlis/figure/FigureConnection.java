package org.majlis.figure;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Page;

@Name("FigureConnection")
@Description("A page of cited figures.")
public class FigureConnection extends Connection<FigureType, FigureConnection.FigureEdge> {

    FigureConnection(Page<FigureType> page) {
        super(page, FigureEdge::new);
    }

    @Name("FigureEdge")
    @Description("An item of a page of cited figures, and its cursor.")
    public record FigureEdge(@NonNull @Description("Pass to `after` or `before` to page from here.") String cursor,
            @NonNull @Description("The item.") FigureType node) {
    }
}
