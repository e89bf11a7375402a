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
    @Description("A name or alias in Arabic or English, e.g. `بلبيسي`, `عثمان البلبيسي` or `Belbeisi`. Compared"
            + " after normalisation (letter case, hamza on alef, ta marbuta, diacritics, digits and punctuation do not"
            + " matter): exact names if any, else names starting with it, else the most similar names.")
    public String name;
}
