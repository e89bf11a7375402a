package org.majlis.figure;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("FigureBucket")
@Description("The figures of one group in `figureStats`.")
public record FigureBucket(
        @Ignore Long producerId,
        @Description("The group: the unit (`person`), the producer's key (`iom-dtm`) or the measure"
                + " (`migrants-in-libya`); null for the figures with no producer (unattributed) or no measure.")
        String key,
        @NonNull @Description("A name to show for the group: the unit; the producer's English name (its Arabic name"
                + " when it has none); what the figures of the measure count, in English when given; for the null key,"
                + " `Unattributed` or `No measure`.") String label,
        @NonNull @Description("The number of figures in the group.") int count) {
}
