package org.majlis.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Page;

@Name("PersonConnection")
@Description("A page of people.")
public class PersonConnection extends Connection<PersonType, PersonConnection.PersonEdge> {

    PersonConnection(Page<PersonType> page) {
        super(page, PersonEdge::new);
    }

    @Name("PersonEdge")
    @Description("An item of a page of people, and its cursor.")
    public record PersonEdge(@NonNull @Description("Pass to `after` or `before` to page from here.") String cursor,
            @NonNull @Description("The item.") PersonType node) {
    }
}
