package org.majlis.figure;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("FigureStats")
@Description("Counts of the figures matching a filter, in buckets. Every figure falls in exactly one bucket, so the"
        + " bucket counts add up to `totalCount`.")
public record FigureStats(
        @NonNull @Description("The number of figures matching the filter, the same as `figures(filter).totalCount`.")
        int totalCount,
        @NonNull @Description("One bucket per group that has figures, ordered by count (largest first), then by key"
                + " (the null key last); empty when no figure matches.") List<@NonNull FigureBucket> buckets) {
}
