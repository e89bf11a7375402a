package org.majlis.organisation;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of body an organisation is.")
public enum OrganisationKind {
    @Description("A national government.")
    GOVERNMENT,
    @Description("A ministry of a government.")
    MINISTRY,
    @Description("Another body of the state (council, agency, team).")
    STATE_BODY,
    @Description("An independent national institution, e.g. a human-rights council.")
    NATIONAL_INSTITUTION,
    @Description("A United Nations agency or related organisation.")
    UN_AGENCY,
    @Description("A United Nations mission.")
    UN_MISSION,
    @Description("An intergovernmental organisation outside the UN system.")
    INTERGOVERNMENTAL,
    @Description("An institution or body of the European Union.")
    EU_BODY,
    @Description("A country mission or office of an international organisation.")
    COUNTRY_OFFICE,
    @Description("A programme or project.")
    PROGRAMME,
    @Description("A working group or coordination forum.")
    WORKING_GROUP,
    @Description("A non-governmental organisation.")
    NGO,
    @Description("Any other kind.")
    OTHER
}
