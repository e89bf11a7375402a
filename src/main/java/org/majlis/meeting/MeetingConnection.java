package org.majlis.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Page;

@Name("MeetingConnection")
@Description("A page of meetings.")
public class MeetingConnection extends Connection<MeetingType, MeetingConnection.MeetingEdge> {

    MeetingConnection(Page<MeetingType> page) {
        super(page, MeetingEdge::new);
    }

    @Name("MeetingEdge")
    @Description("An item of a page of meetings, and its cursor.")
    public record MeetingEdge(@NonNull @Description("Pass to `after` or `before` to page from here.") String cursor,
            @NonNull @Description("The item.") MeetingType node) {
    }
}
