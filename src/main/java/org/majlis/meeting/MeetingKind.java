package org.majlis.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of meeting it was.")
public enum MeetingKind {
    @Description("Two parties meeting.")
    BILATERAL,
    @Description("A session of a working group.")
    WORKING_GROUP,
    @Description("A review of a project.")
    PROJECT_REVIEW,
    @Description("Any other kind.")
    OTHER
}
