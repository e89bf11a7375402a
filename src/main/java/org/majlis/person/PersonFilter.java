package org.majlis.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("PersonFilter")
@Description("Narrows a list of people.")
public class PersonFilter {
    @Description("A name or alias in Arabic or English (compared whole, ignoring letter case).")
    public String name;
}
