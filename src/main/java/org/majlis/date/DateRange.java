package org.majlis.date;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("DateRange")
@Description("A half-open range of days: from `from` (inclusive) up to `to` (exclusive). Either end may be"
        + " omitted. The year 2018 is `{from: \"2018-01-01\", to: \"2019-01-01\"}`.")
public class DateRange {
    @Description("The first day in the range (inclusive).")
    public LocalDate from;
    @Description("The first day after the range (exclusive).")
    public LocalDate to;
}
