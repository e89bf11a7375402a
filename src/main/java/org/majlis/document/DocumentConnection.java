package org.majlis.document;

import java.util.List;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Page;
import org.majlis.graphql.PageInfo;

@Name("DocumentConnection")
@Description("A page of source documents.")
public record DocumentConnection(@NonNull List<@NonNull DocumentEdge> edges, @NonNull List<@NonNull DocumentType> nodes,
        @NonNull PageInfo pageInfo, @Ignore IntSupplier counter) {

    @Name("DocumentEdge")
    @Description("A document and its cursor.")
    public record DocumentEdge(@NonNull String cursor, @NonNull DocumentType node) {
    }

    static DocumentConnection of(Page<DocumentType> page, IntSupplier counter) {
        return new DocumentConnection(page.edges(DocumentEdge::new), page.items(), page.pageInfo(), counter);
    }

    @NonNull
    @Description("The number of documents, over all pages (counted only when asked for).")
    public int getTotalCount() {
        return counter.getAsInt();
    }
}
