package org.majlis.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Snippet")
@Description("Where a query matched in a document's text, with the text around it. Offsets count characters of"
        + " `Document.text` (UTF-16 code units, as JavaScript strings), end exclusive, so `text.slice(matchStart,"
        + " matchEnd)` is the matched text as written, diacritics included.")
public record SnippetType(
        @NonNull @Description("The text around the match, cut from the document text.") String text,
        @NonNull @Description("Offset of `text` in the document text.") int start,
        @NonNull @Description("Offset just after `text` in the document text.") int end,
        @NonNull @Description("Offset of the match in the document text.") int matchStart,
        @NonNull @Description("Offset just after the match in the document text.") int matchEnd) {
    /** Characters of context on each side of a match. */
    static final int CONTEXT = 60;

    static SnippetType around(String body, int matchStart, int matchEnd) {
        int start = Math.max(0, matchStart - CONTEXT);
        int end = Math.min(body.length(), matchEnd + CONTEXT);
        return new SnippetType(body.substring(start, end), start, end, matchStart, matchEnd);
    }
}
