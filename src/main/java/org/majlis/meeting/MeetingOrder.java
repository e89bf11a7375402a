package org.majlis.meeting;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.majlis.graphql.OrderDirection;

@Input("MeetingOrder")
@Description("The order of a list of meetings: by date (the earliest possible day), then by key.")
public class MeetingOrder {
    @DefaultValue("DESC")
    @Description("DESC lists the newest first.")
    public OrderDirection direction;
}
