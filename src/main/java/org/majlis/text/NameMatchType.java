package org.majlis.text;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("NameMatch")
@Description("The name through which a record matched a name query.")
public record NameMatchType(
        @NonNull @Description("The name as stored, e.g. `عثمان البلبيسي`.") String text,
        @Description("Its language, `ar` or `en`; null for an acronym.") String lang,
        @NonNull @Description("Which of the record's names it is.") NameKind kind,
        @NonNull @Description("How it matched.") MatchKind match,
        @NonNull @Description("Trigram word similarity of the query to the name, 0 to 1: 1 when the query appears"
                + " in it as whole words.") double score) {
}
