package org.majlis.figure;

import java.util.List;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Page;
import org.majlis.graphql.PageInfo;

@Name("FigureConnection")
@Description("A page of cited figures.")
public record FigureConnection(@NonNull List<@NonNull FigureEdge> edges, @NonNull List<@NonNull FigureType> nodes,
        @NonNull PageInfo pageInfo, @Ignore IntSupplier counter) {

    @Name("FigureEdge")
    @Description("A figure and its cursor.")
    public record FigureEdge(@NonNull String cursor, @NonNull FigureType node) {
    }

    static FigureConnection of(Page<FigureType> page, IntSupplier counter) {
        return new FigureConnection(page.edges(FigureEdge::new), page.items(), page.pageInfo(), counter);
    }

    @NonNull
    @Description("The number of figures matching the filter, over all pages (counted only when asked for).")
    public int getTotalCount() {
        return counter.getAsInt();
    }
}
