package org.majlis.date;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.majlis.graphql.BadUserInputException;

@Input("DateRange")
@Description("A half-open range of days: from `from` (inclusive) up to `to` (exclusive). Either end may be"
        + " omitted. The year 2018 is `{from: \"2018-01-01\", to: \"2019-01-01\"}`.")
public class DateRange {
    @Description("The first day in the range (inclusive).")
    public LocalDate from;
    @Description("The first day after the range (exclusive).")
    public LocalDate to;

    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    /** Keeps dates PostgreSQL and people can use: years 1 to 9999. */
    public LocalDate checked(String argument, LocalDate date) {
        if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
            throw new BadUserInputException("`" + argument + "` must be a date between 0001-01-01 and 9999-12-31 (got "
                    + date + ").");
        }
        return date;
    }
}
