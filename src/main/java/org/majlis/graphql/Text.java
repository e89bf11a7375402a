package org.majlis.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("Text")
@Description("A text in Arabic and English. `ar` is the wording of the sources where they give one; `en` is an"
        + " English rendering, null where none exists.")
public record Text(@Description("Arabic.") String ar, @Description("English.") String en) {
    /** @return null when both languages are missing, so an absent text stays absent in the API */
    public static Text of(String ar, String en) {
        return ar == null && en == null ? null : new Text(ar, en);
    }
}
