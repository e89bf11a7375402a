package org.majlis.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("The role a person played in a meeting.")
public enum ParticipationRole {
    @Description("Chaired the meeting.")
    CHAIR,
    @Description("Chaired the meeting with another person.")
    CO_CHAIR,
    @Description("Hosted the meeting.")
    HOST,
    @Description("Took part.")
    PARTICIPANT,
    @Description("Spoke at the meeting.")
    SPEAKER,
    @Description("Named as the press contact of the report, not reported as taking part: listed in `Meeting.contacts`,"
            + " not in `participants`.")
    CONTACT
}
