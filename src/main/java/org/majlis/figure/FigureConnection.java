package org.majlis.figure;

import java.util.function.IntSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Page;

@Name("FigureConnection")
@Description("A page of cited figures.")
public class FigureConnection extends Connection<FigureType, FigureConnection.FigureEdge> {

    FigureConnection(Page<FigureType> page, IntSupplier totalCount) {
        super(page, FigureEdge::new, totalCount);
    }

    @Name("FigureEdge")
    @Description("An item of a page of cited figures, and its cursor.")
    public record FigureEdge(@NonNull @Description("Pass to `after` or `before` to page from here.") String cursor,
            @NonNull @Description("The item.") FigureType node) {
    }
}
