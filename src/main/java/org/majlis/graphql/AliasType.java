package org.majlis.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Alias")
@Description("Another spelling or name of a person or organisation, as seen in the sources or in common use"
        + " (Popolo other_names).")
public record AliasType(
        @NonNull @Description("`ar` or `en`.") String lang,
        @NonNull @Description("The spelling.") String text) {
}
