package org.majlis.date;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A date exactly as precise as its sources: an interval of days (both ends inclusive, either may be open),
 * its precision, the basis it rests on, the words the text used and the reasons when it is not stated.
 */
@Embeddable
public class FuzzyDate {
    public LocalDate earliest;
    public LocalDate latest;
    public String precision;
    public String basis;
    public boolean uncertain;
    public String text;
    public String note;
    /** Unconfirmed days proposed by outside reporting, within earliest..latest; empty when there are none. */
    public LocalDate[] candidates;
}
