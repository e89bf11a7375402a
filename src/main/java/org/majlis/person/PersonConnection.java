package org.majlis.person;

import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Page;
import org.majlis.text.NameMatchType;

@Name("PersonConnection")
@Description("A page of people.")
public class PersonConnection extends Connection<PersonType, PersonConnection.PersonEdge> {

    /** @param matchOf the name through which a record matched a name filter, by row id (null without one) */
    PersonConnection(Page<PersonType> page, Function<Long, NameMatchType> matchOf) {
        super(page, (cursor, node) -> new PersonEdge(cursor, node, matchOf.apply(node.dbId())));
    }

    @Name("PersonEdge")
    @Description("An item of a page of people, and its cursor.")
    public record PersonEdge(@NonNull @Description("Pass to `after` or `before` to page from here.") String cursor,
            @NonNull @Description("The item.") PersonType node,
            @Description("With a `name` filter: the name that matched and how; null otherwise.") NameMatchType match) {
    }
}
