package org.majlis.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Node;

@Name("SearchResult")
@Description("A record that matched a search, and where.")
public record SearchResultType(
        @NonNull @Description("Relevance, higher first: trigram word similarity of the query to the record's text, 0"
                + " to 1 (1 when it appears there as whole words), plus 1 when a whole name or the figure's value"
                + " equals the query.") double score,
        @NonNull @Description("The kind of record.") SearchType type,
        @NonNull @Description("The field that matched best, e.g. `name.ar`, `alias`, `acronym`, `title.en`,"
                + " `summary.ar`, `body`, `textAsStated`, `value`.") String matchedField,
        @Description("That field's text as stored (for `body`, see `snippet`).") String matchedText,
        @Description("For documents whose text contains the query (or its first word): where.") SnippetType snippet,
        @NonNull @Description("The record: a Meeting, Organisation, Person, Figure or Document.") Node item) {
}
