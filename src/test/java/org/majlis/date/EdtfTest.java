package org.majlis.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every EDTF form majlis emits, with the dates of the seeds. */
class EdtfTest {
    private static String edtf(DatePrecision precision, String earliest, String latest, boolean uncertain) {
        return FuzzyDateType.edtf(precision, earliest == null ? null : LocalDate.parse(earliest),
                latest == null ? null : LocalDate.parse(latest), uncertain);
    }

    @Test
    void daysMonthsYearsAndUnknownAreLevelZeroOrOne() {
        assertEquals("2020-01-20", edtf(DatePrecision.DAY, "2020-01-20", "2020-01-20", false));
        assertEquals("2018-02-26?", edtf(DatePrecision.DAY, "2018-02-26", "2018-02-26", true));
        assertEquals("2018-02", edtf(DatePrecision.MONTH, "2018-02-01", "2018-02-28", false));
        assertEquals("2018", edtf(DatePrecision.YEAR, "2018-01-01", "2018-12-31", false));
        assertEquals("XXXX", edtf(DatePrecision.UNKNOWN, null, null, false));
    }

    @Test
    void aRangeIsOneUnknownDayOfASetNeverAnInterval() {
        // 000: one Wednesday between the GNA's start and the end of Swing's term
        assertEquals("[2016-01-06..2018-09-26]", edtf(DatePrecision.RANGE, "2016-01-06", "2018-09-26", false));
        // 000's publication: the day after that Wednesday
        assertEquals("[2016-01-07..2018-09-27]", edtf(DatePrecision.RANGE, "2016-01-07", "2018-09-27", false));
        // 001: the meeting, after the group's launch in November 2017 and on or before the dateline
        assertEquals("[2017-11-01..2018-02-26]", edtf(DatePrecision.RANGE, "2017-11-01", "2018-02-26", false));
        // 001's figures: no later than the dateline
        assertEquals("[..2018-02-26]", edtf(DatePrecision.RANGE, null, "2018-02-26", false));
        assertEquals("[2017-11-01..]", edtf(DatePrecision.RANGE, "2017-11-01", null, false));
    }

    @Test
    void candidatesAreAOneOfSet() {
        assertEquals("[2017-03-22,2018-07-04]", FuzzyDateType.candidatesEdtf(
                List.of(LocalDate.parse("2017-03-22"), LocalDate.parse("2018-07-04"))));
        assertEquals("[2018-02-26]", FuzzyDateType.candidatesEdtf(List.of(LocalDate.parse("2018-02-26"))));
        assertNull(FuzzyDateType.candidatesEdtf(List.of()));
    }
}
