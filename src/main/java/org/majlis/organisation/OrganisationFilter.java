package org.majlis.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("OrganisationFilter")
@Description("Narrows a list of organisations; all given fields must hold.")
public class OrganisationFilter {
    @Description("A name, acronym or alias in Arabic or English, at most 200 characters. Compared after"
            + " normalisation; lists every organisation with an exact, prefix or similar name, best first.")
    public String name;
    @Description("The kind of organisation.")
    public OrganisationKind kind;
}
