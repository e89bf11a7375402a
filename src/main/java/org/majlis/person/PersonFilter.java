package org.majlis.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("PersonFilter")
@Description("Narrows a list of people.")
public class PersonFilter {
    @Description("A name or alias in Arabic or English, at most 200 characters, e.g. `بلبيسي` or `Belbeisi`."
            + " Compared after normalisation; lists every person with an exact, prefix or similar name, best first.")
    public String name;
}
