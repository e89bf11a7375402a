package org.majlis.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("The role an organisation played in a meeting.")
public enum OrganisationRole {
    @Description("Organised or convened the meeting.")
    ORGANISER,
    @Description("Chaired the meeting together with another party.")
    CO_CHAIR,
    @Description("Took part.")
    PARTICIPANT,
    @Description("Funded the meeting or the work it was about.")
    FUNDER,
    @Description("Implements the project the meeting was about.")
    IMPLEMENTER,
    @Description("The body whose meeting it was.")
    FORUM,
    @Description("Named in the report of the meeting without taking part.")
    MENTIONED
}
