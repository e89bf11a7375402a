package org.majlis.graphql;

import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Relay connection: one page of nodes with their cursors, where the page lies, and the total count, which is
 * computed only when a client asks for it (see {@link Selection}).
 *
 * @param <N> the node type
 * @param <E> the edge type (a node and its cursor)
 */
public abstract class Connection<N, E> {
    private final Page<N> page;
    private final List<E> edges;

    protected Connection(Page<N> page, BiFunction<String, N, E> edge) {
        this.page = page;
        this.edges = page.edges(edge);
    }

    @NonNull
    @Description("The page's items with their cursors.")
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The page's items, for clients that need no cursors.")
    public List<@NonNull N> getNodes() {
        return page.items();
    }

    @NonNull
    @Description("Where the page lies, and the cursors to continue from.")
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }

    @NonNull
    @Description("The number of items matching the query, over all pages (counted only when asked for).")
    public int getTotalCount() {
        // counted by the query when the client selected this field; graphql-java reads it only then
        return page.totalCount();
    }
}
