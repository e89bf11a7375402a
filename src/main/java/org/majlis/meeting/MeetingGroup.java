package org.majlis.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("How `meetingStats` groups meetings.")
public enum MeetingGroup {
    @Description("By year (`2018`). A meeting known only to lie in several years has an EDTF interval key"
            + " (`2016/2018`, open ends `..`); an undated one the null key. Each meeting is in exactly one bucket.")
    YEAR,
    @Description("By month (`2018-02`), with interval keys (`2018-01/2018-03`) and the null key as for YEAR.")
    MONTH,
    @Description("By organisation with a role in the meeting or on whose behalf someone took part; a meeting counts"
            + " once in each of its organisations, and in the null-key bucket when it has none.")
    ORGANISATION,
    @Description("By city (its English name, or Arabic where there is none); unknown cities in the null-key bucket."
            + " Each meeting is in exactly one bucket.")
    CITY,
    @Description("By participant; a meeting counts once for each of its participants, and in the null-key bucket"
            + " when none is recorded.")
    PERSON
}
