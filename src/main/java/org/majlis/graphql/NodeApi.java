package org.majlis.graphql;

import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.majlis.document.DocumentApi;
import org.majlis.figure.FigureApi;
import org.majlis.meeting.MeetingApi;
import org.majlis.organisation.OrganisationApi;
import org.majlis.person.PersonApi;

/** Relay object identification: any object by its global id. */
@GraphQLApi
@Transactional(Transactional.TxType.SUPPORTS)
public class NodeApi {
    private static final int MAX_IDS = 100;

    @Query("node")
    @Description("Any object by its global id; null when no object has that id.")
    public Node node(@Id @NonNull String id) {
        return find("id", id);
    }

    @Query("nodes")
    @NonNull
    @Description("Objects by global id (at most 100), in the order of `ids`; null where no object has the id.")
    public List<Node> nodes(@Id @NonNull List<@NonNull String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new BadUserInputException("`ids` may hold at most " + MAX_IDS + " ids (got " + ids.size() + ").");
        }
        List<Node> found = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            found.add(find("ids[" + i + "]", ids.get(i)));
        }
        return found;
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
