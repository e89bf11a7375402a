package org.majlis.dataset;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("RecordVersions")
@Description("In which dataset versions a record appeared and last changed.")
public record RecordVersions(
        @NonNull @Description("The version it first appeared in (a record deleted and added again keeps it; `changed`"
                + " is then the version that added it again).") int added,
        @NonNull @Description("The last version that changed it: added or modified it (see `Query.changes` for what"
                + " counts as a change).") int changed) {

    /** The description of the {@code versions} field of every tracked type. */
    public static final String FIELD = "In which dataset versions this record appeared and last changed; null when"
            + " the seed loader did not write it (a database filled by other means).";
}
