package org.majlis.date;

import org.eclipse.microprofile.graphql.Description;

@Description("How an uncertain date (an interval of possible days) is compared with a date range.")
public enum DateMatch {
    @Description("The date may fall in the range: its interval and the range share at least one day.")
    OVERLAPS,
    @Description("The date certainly falls in the range: its whole interval lies inside the range.")
    WITHIN
}
