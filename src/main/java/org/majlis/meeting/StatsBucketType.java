package org.majlis.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Text;

@Name("StatsBucket")
@Description("One group of meetings and how many there are.")
public record StatsBucketType(
        @Description("The group: a year or month (EDTF), an organisation or person key, a city name; null for the"
                + " meetings with no value (undated, no known city, no organisation, no participant).") String key,
        @NonNull @Description("A readable name for the group, in English where known.") String label,
        @NonNull @Description("The number of meetings in the group.") int count,
        @Description("For CITY: the city's name in Arabic and English.") Text city,
        @Ignore Long organisationId,
        @Ignore Long personId) {
}
