package org.majlis.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Page;

@Name("SearchConnection")
@Description("A page of search results, best first.")
public class SearchConnection extends Connection<SearchResultType, SearchConnection.SearchEdge> {

    SearchConnection(Page<SearchResultType> page) {
        super(page, SearchEdge::new);
    }

    @Name("SearchEdge")
    @Description("A search result and its cursor.")
    public record SearchEdge(@NonNull @Description("Pass to `after` or `before` to page from here.") String cursor,
            @NonNull @Description("The result.") SearchResultType node) {
    }
}
