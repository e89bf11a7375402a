package org.majlis.person;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("PersonMatch")
@Description("Selects people by id or by name. Give `ids` or `name`, not both.")
public class PersonMatch {
    @Id
    @Description("Person ids.")
    public List<String> ids;
    @Description("A name or alias in Arabic or English, e.g. `عثمان البلبيسي` or `Othman Belbeisi`"
            + " (compared whole, ignoring letter case).")
    public String name;
}
