package org.majlis.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Page;

@Name("DocumentConnection")
@Description("A page of source documents.")
public class DocumentConnection extends Connection<DocumentType, DocumentConnection.DocumentEdge> {

    DocumentConnection(Page<DocumentType> page) {
        super(page, DocumentEdge::new);
    }

    @Name("DocumentEdge")
    @Description("An item of a page of source documents, and its cursor.")
    public record DocumentEdge(@NonNull @Description("Pass to `after` or `before` to page from here.") String cursor,
            @NonNull @Description("The item.") DocumentType node) {
    }
}
