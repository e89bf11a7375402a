package org.majlis.date;

import org.eclipse.microprofile.graphql.Description;

@Description("How precisely the sources fix a date.")
public enum DatePrecision {
    @Description("A single day.")
    DAY,
    @Description("A calendar month.")
    MONTH,
    @Description("A calendar year.")
    YEAR,
    @Description("Somewhere between earliest and latest.")
    RANGE,
    @Description("Not known at all.")
    UNKNOWN
}
