package org.majlis.node;

import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.majlis.document.DocumentApi;
import org.majlis.figure.FigureApi;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Node;
import org.majlis.graphql.ReadOnly;
import org.majlis.meeting.MeetingApi;
import org.majlis.organisation.OrganisationApi;
import org.majlis.person.PersonApi;

/** Relay object identification: any object by its global id. Above the features, since it asks each of them. */
@GraphQLApi
@Transactional
@ReadOnly
public class NodeApi {
    @Query("node")
    @Description("Any object by its global id; null when no object has that id.")
    public Node node(@Id @NonNull @Description("The global id, as returned in `id`.") String id) {
        return find("id", id);
    }

    private static Node find(String argument, String id) {
        GlobalId parsed = GlobalId.parse(argument, id);
        return switch (parsed.type()) {
            case "Meeting" -> MeetingApi.byKey(parsed.key());
            case "Organisation" -> OrganisationApi.byKey(parsed.key());
            case "Person" -> PersonApi.byKey(parsed.key());
            case "Figure" -> FigureApi.byKey(parsed.key());
            case "Document" -> DocumentApi.byKey(parsed.key());
            default -> null;
        };
    }
}
