package org.majlis.date;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
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
        @NonNull @Description("The date in the Extended Date/Time Format (ISO 8601-2, Library of Congress profile);"
                + " majlis emits EDTF levels 0–2: a day `2018-02-26`, a month `2018-02`, a year `2018` (level 0),"
                + " an uncertain day `2018-02-26?` and an unknown date `XXXX` (level 1), and sets (level 2): a RANGE is"
                + " one unknown day between its bounds, `[2016-01-06..2018-09-26]`, `[..2018-02-26]` (on or before),"
                + " `[2017-11-01..]` (on or after). Never the interval form `a/b`, which means an event lasting the"
                + " whole period.") String edtf,
        @Description("The words the source used for it, verbatim; null when the source has none.") String textAsStated,
        @Description("Why the date is what it is, with sources, when it is not simply stated.") String note,
        @NonNull @Description("Unconfirmed likely days, from outside reporting or the text (see `note`), within"
                + " earliest..latest.")
        List<@NonNull LocalDate> candidates,
        @Description("The candidates as an EDTF one-of set (level 2), e.g. `[2017-03-22,2018-07-04]`; null when there"
                + " are none.") String candidatesEdtf,
        @Ignore EvidenceOwner evidenceOwner) {

    public static FuzzyDateType from(FuzzyDate date, EvidenceOwner owner) {
        if (date == null || date.precision == null) {
            return null;
        }
        DatePrecision precision = DatePrecision.valueOf(date.precision);
        List<LocalDate> candidateList = date.candidates == null ? List.of() : List.of(date.candidates);
        return new FuzzyDateType(date.earliest, date.latest, precision, Basis.valueOf(date.basis), date.uncertain,
                edtf(precision, date.earliest, date.latest, date.uncertain), date.text, date.note, candidateList,
                candidatesEdtf(candidateList), owner);
    }

    /** One of the candidate days, as an EDTF set; null when there are none. */
    static String candidatesEdtf(List<LocalDate> candidates) {
        return candidates.isEmpty() ? null
                : candidates.stream().map(LocalDate::toString).collect(Collectors.joining(",", "[", "]"));
    }

    /** The SQL form of {@link #candidatesEdtf} for a {@code date[]} expression. */
    public static String candidatesEdtfSql(String candidates) {
        return "CASE WHEN cardinality(" + candidates + ") > 0 THEN '[' || array_to_string(" + candidates
                + ", ',') || ']' END";
    }

    /** The SQL form of {@link #edtf}, byte for byte, for the column expressions of a fuzzy date. */
    public static String edtfSql(String precision, String earliest, String latest, String uncertain) {
        String day = "to_char(" + earliest + ", 'YYYY-MM-DD')";
        return "CASE " + precision + " WHEN 'DAY' THEN " + day + " WHEN 'MONTH' THEN to_char(" + earliest
                + ", 'YYYY-MM') WHEN 'YEAR' THEN to_char(" + earliest + ", 'YYYY') WHEN 'RANGE' THEN '[' || coalesce("
                + day + ", '') || '..' || coalesce(to_char(" + latest + ", 'YYYY-MM-DD'), '') || ']' ELSE 'XXXX' END"
                + " || CASE WHEN " + uncertain + " AND " + precision + " NOT IN ('RANGE', 'UNKNOWN') THEN '?' ELSE ''"
                + " END";
    }

    static String edtf(DatePrecision precision, LocalDate earliest, LocalDate latest, boolean uncertain) {
        String value = switch (precision) {
            case DAY -> earliest.toString();
            case MONTH -> earliest.toString().substring(0, 7);
            case YEAR -> earliest.toString().substring(0, 4);
            // one unknown day between the bounds: a set, not the interval a/b (an event lasting the whole period)
            case RANGE -> "[" + (earliest == null ? "" : earliest) + ".." + (latest == null ? "" : latest) + "]";
            case UNKNOWN -> "XXXX";
        };
        return uncertain && precision != DatePrecision.RANGE && precision != DatePrecision.UNKNOWN ? value + "?" : value;
    }
}
