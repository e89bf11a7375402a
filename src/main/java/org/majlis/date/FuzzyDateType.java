package org.majlis.date;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.evidence.EvidenceOwner;

@Name("FuzzyDate")
@Description("A date exactly as precise as its sources: the interval of days it may fall on (both ends inclusive;"
        + " null for an open end), its precision, what it rests on, the words of the text and, where it is not"
        + " stated, the reasons.")
public record FuzzyDateType(
        @Description("The earliest day it can be (inclusive); null when open.") LocalDate earliest,
        @Description("The latest day it can be (inclusive); null when open.") LocalDate latest,
        @NonNull @Description("How precisely the sources fix it.") DatePrecision precision,
        @NonNull @Description("What it rests on: the text, an inference from it, or outside reporting.") Basis basis,
        @NonNull @Description("True when even the recorded value is doubtful (EDTF `?`).") boolean uncertain,
        @NonNull @Description("The date in the Extended Date/Time Format (ISO 8601-2, Library of Congress profile),"
                + " e.g. `2018-02-26`, `2018-02-26?`, `2016-01-06/2018-09-26`.") String edtf,
        @Description("The words the source used for it, verbatim; null when the source has none.") String textAsStated,
        @Description("Why the date is what it is, with sources, when it is not simply stated.") String note,
        @NonNull @Description("Unconfirmed dates proposed by outside reporting, within earliest..latest.")
        List<@NonNull LocalDate> candidates,
        @Ignore EvidenceOwner evidenceOwner) {

    public static FuzzyDateType from(FuzzyDate date, LocalDate[] candidates, EvidenceOwner owner) {
        if (date == null || date.precision == null) {
            return null;
        }
        DatePrecision precision = DatePrecision.valueOf(date.precision);
        return new FuzzyDateType(date.earliest, date.latest, precision, Basis.valueOf(date.basis), date.uncertain,
                edtf(precision, date.earliest, date.latest, date.uncertain), date.text, date.note,
                candidates == null ? List.of() : List.of(candidates), owner);
    }

    static String edtf(DatePrecision precision, LocalDate earliest, LocalDate latest, boolean uncertain) {
        String value = switch (precision) {
            case DAY -> earliest.toString();
            case MONTH -> earliest.toString().substring(0, 7);
            case YEAR -> earliest.toString().substring(0, 4);
            case RANGE -> (earliest == null ? ".." : earliest.toString()) + "/" + (latest == null ? ".." : latest.toString());
            case UNKNOWN -> "XXXX";
        };
        return uncertain && precision != DatePrecision.RANGE && precision != DatePrecision.UNKNOWN ? value + "?" : value;
    }
}
