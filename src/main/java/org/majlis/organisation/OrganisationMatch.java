package org.majlis.organisation;

import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("OrganisationMatch")
@Description("Selects organisations by id or by name. Give `ids` or `name`, not both.")
public class OrganisationMatch {
    @Id
    @Description("Organisation ids.")
    public List<String> ids;
    @Description("A name, acronym or alias in Arabic or English, e.g. `IOM` or `المنظمة الدولية للهجرة`. Compared after"
            + " normalisation (letter case, hamza on alef, ta marbuta, diacritics, digits and punctuation do not matter):"
            + " exact names if any, else names starting with it, else the most similar names.")
    public String name;
    @DefaultValue("false")
    @Description("Also match the organisations below the selected ones (e.g. DTM and the Libya mission under IOM).")
    public boolean includeSubOrganisations;
}
