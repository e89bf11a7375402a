package org.majlis.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Text;

@Name("Participation")
@Description("A person taking part in a meeting, in a role, on behalf of an organisation where the text says so"
        + " (Popolo Membership-like).")
public record ParticipationType(
        @Ignore long dbId,
        @Ignore long meetingId,
        @Ignore long personId,
        @Ignore Long organisationId,
        @NonNull @Description("The role the person played.") ParticipationRole role,
        @Description("The person's title: `ar` exactly as the text states it, `en` a translation.") Text title) {

    static ParticipationType from(Participation p) {
        return new ParticipationType(p.id, p.meetingId, p.personId, p.organisationId,
                ParticipationRole.valueOf(p.role), Text.of(p.titleAr, p.titleEn));
    }
}
