package org.majlis.dataset;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Licence")
@Description("A licence, by its SPDX identifier.")
public record Licence(
        @NonNull @Description("The SPDX identifier, e.g. `CC-BY-4.0`.") String spdxId,
        @NonNull @Description("Its full name.") String name,
        @NonNull @Description("Where its terms are published.") String url) {

    /** The curated annotations and the database built from them (DATA-LICENCE.md). */
    public static final Licence DATA = new Licence("CC-BY-4.0", "Creative Commons Attribution 4.0 International",
            "https://creativecommons.org/licenses/by/4.0/");
}
