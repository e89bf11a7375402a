package org.majlis.meeting;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("MeetingStats")
@Description("Meetings matching a filter, counted in groups.")
public record MeetingStatsType(
        @NonNull @Description("The number of meetings matching the filter (as `meetings(filter).totalCount`). For"
                + " YEAR, MONTH and CITY the bucket counts add up to it.") int totalCount,
        @NonNull @Description("The number of groups, of which `buckets` lists the first `first`.") int bucketCount,
        @NonNull @Description("The groups: chronological for YEAR and MONTH, largest first otherwise; the null key"
                + " last.") List<@NonNull StatsBucketType> buckets) {
}
