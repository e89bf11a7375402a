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
            + " date at all are left out unless `includeUndated` is true.")
    public DateRange date;
    @DefaultValue("OVERLAPS")
    @Description("How uncertain dates are compared with `date`: OVERLAPS keeps a meeting that may fall in the range"
            + " (e.g. one known only to lie between 2016 and 2018 matches 2017), WITHIN only one that certainly does.")
    public DateMatch dateMatch;
    @DefaultValue("false")
    @Description("Also keep meetings (for `date`) and sources (for `published`) whose date is not known at all.")
    public boolean includeUndated;
    @Description("Meetings reported by a source published in this half-open range (see `publishedMatch`),"
            + " independently of when the meeting took place.")
    public DateRange published;
    @DefaultValue("OVERLAPS")
    @Description("How uncertain publication dates are compared with `published`.")
    public DateMatch publishedMatch;
    @Description("Meetings in which one of these organisations had any role, or a participant acted on its behalf.")
    public OrganisationMatch organisation;
    @Description("Meetings in which one of these people took part (being named as a press contact is not taking"
            + " part).")
    public PersonMatch person;
    @Description("Meetings in this city, by its Arabic or English name (compared whole, after normalisation)."
            + " Meetings whose city is unknown never match.")
    public String city;
}
