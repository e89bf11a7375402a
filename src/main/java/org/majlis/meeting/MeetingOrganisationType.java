package org.majlis.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("MeetingOrganisation")
@Description("An organisation's role in a meeting.")
public record MeetingOrganisationType(
        @Ignore long dbId,
        @Ignore long meetingId,
        @Ignore long organisationId,
        @NonNull @Description("The role it played.") OrganisationRole role,
        @Description("Remarks of the curators on the role, e.g. what it was a role in; null when none.") String note) {

    static MeetingOrganisationType from(MeetingOrganisation row) {
        return new MeetingOrganisationType(row.id, row.meetingId, row.organisationId,
                OrganisationRole.valueOf(row.role), row.note);
    }
}
