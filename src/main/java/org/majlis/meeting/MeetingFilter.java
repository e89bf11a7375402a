package org.majlis.meeting;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.majlis.date.DateMatch;
import org.majlis.date.DateRange;
import org.majlis.organisation.OrganisationMatch;
import org.majlis.person.PersonMatch;

@Input("MeetingFilter")
@Description("Narrows a list of meetings; all given fields must hold.")
public class MeetingFilter {
    @Description("Meetings whose date falls in this half-open range (see `dateMatch`). Meetings with no known"
            + " date at all are left out when a range is given.")
    public DateRange date;
    @DefaultValue("OVERLAPS")
    @Description("How uncertain dates are compared with `date`.")
    public DateMatch dateMatch;
    @Description("Meetings in which one of these organisations had any role, or a participant acted on its behalf.")
    public OrganisationMatch organisation;
    @Description("Meetings in which one of these people took part.")
    public PersonMatch person;
    @Description("Meetings in this city, by its Arabic or English name (compared whole, ignoring letter case)."
            + " Meetings whose city is unknown never match.")
    public String city;
}
