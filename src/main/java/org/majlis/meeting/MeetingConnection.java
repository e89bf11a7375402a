package org.majlis.meeting;

import java.util.List;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Page;
import org.majlis.graphql.PageInfo;

@Name("MeetingConnection")
@Description("A page of meetings.")
public record MeetingConnection(@NonNull List<@NonNull MeetingEdge> edges, @NonNull List<@NonNull MeetingType> nodes,
        @NonNull PageInfo pageInfo, @Ignore IntSupplier counter) {

    @Name("MeetingEdge")
    @Description("A meeting and its cursor.")
    public record MeetingEdge(@NonNull String cursor, @NonNull MeetingType node) {
    }

    static MeetingConnection of(Page<MeetingType> page, IntSupplier counter) {
        return new MeetingConnection(page.edges(MeetingEdge::new), page.items(), page.pageInfo(), counter);
    }

    @NonNull
    @Description("The number of meetings matching the filter, over all pages (counted only when asked for).")
    public int getTotalCount() {
        return counter.getAsInt();
    }
}
