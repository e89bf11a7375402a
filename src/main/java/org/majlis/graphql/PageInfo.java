package org.majlis.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page lies in its connection (Relay cursor connections).")
public record PageInfo(
        @NonNull @Description("True when more items follow this page.") boolean hasNextPage,
        @NonNull @Description("True when items precede this page.") boolean hasPreviousPage,
        @Description("The cursor of the first item of the page; null when the page is empty.") String startCursor,
        @Description("The cursor of the last item of the page; null when the page is empty.") String endCursor) {
}
