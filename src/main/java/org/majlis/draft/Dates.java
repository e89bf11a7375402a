package org.majlis.draft;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.majlis.date.Basis;
import org.majlis.date.DatePrecision;
import org.majlis.draft.DraftText.Token;

/**
 * Date expressions of a text and what they fix: explicit dates (20 يناير 2020, 14 شباط 2024, 22.01.2020), weekdays,
 * and words relative to the day of publication (اليوم، أمس، الأسبوع الماضي، نوفمبر الماضي). Relative words are
 * resolved only against a known publication date, and never to a day the words do not fix: "last week" is a range,
 * "last month" a month.
 */
final class Dates {
    enum Marker { PAST, CURRENT, NEXT }

    enum Period { WEEK, MONTH, YEAR }

    /**
     * A date expression, words {@code [from, to)}: an explicit {@code date} or {@code yearMonth}, a month without its
     * year ({@code month}, with {@code dayOfMonth} for 20 يناير, with {@code marker} for نوفمبر الماضي), a number of days from publication ({@code days}),
     * a {@code weekday} (with {@code marker} for الأحد الماضي), or a {@code period} (الشهر الماضي).
     */
    record Expression(int from, int to, LocalDate date, YearMonth yearMonth, Integer month, Integer dayOfMonth,
            Integer days, DayOfWeek weekday, Period period, Marker marker) {
    }

    /** What an expression fixes, as a seed FuzzyDate. */
    record Fixed(LocalDate earliest, LocalDate latest, DatePrecision precision, Basis basis, String note) {
    }

    private final DraftText text;
    private final Words words;

    Dates(DraftText text, Words words) {
        this.text = text;
        this.words = words;
    }

    /** Every date expression of the text, in order. */
    List<Expression> find() {
        List<Expression> found = new ArrayList<>();
        for (int i = 0; i < text.tokens.size(); ) {
            Expression e = parse(i);
            if (e == null) {
                i++;
            } else {
                found.add(e);
                i = e.to();
            }
        }
        return found;
    }

    /**
     * The text's dateline: an explicit day at its head, on a line of its own or after a place and before a dash
     * ("طرابلس، 05/03/2023 - …"); {@code placeWords} are the words that name places.
     */
    Expression dateline(List<Expression> expressions, IntPredicate placeWord) {
        for (Expression e : expressions) {
            Token first = text.tokens.get(e.from());
            if (e.date() == null || first.start() > 300) {
                continue;
            }
            int lineStart = text.body.lastIndexOf('\n', first.start() - 1) + 1;
            boolean onlyPlaceBefore = true;
            for (int i = e.from() - 1; i >= 0 && text.tokens.get(i).start() >= lineStart; i--) {
                onlyPlaceBefore &= placeWord.test(i);
            }
            String after = text.gap(e.to() - 1, e.to());
            if (onlyPlaceBefore && (e.to() == text.tokens.size() || after.contains("\n") || after.matches("\\s*[-–—].*"))) {
                return e;
            }
        }
        return null;
    }

    private Expression parse(int i) {
        int j = i;
        // يوم الأمس، يوم الأربعاء (not اليوم, "today", which is also يوم with the article)
        if (relativeDays(j) == null && is(j, words.day) && (weekday(j + 1) != null || relativeDays(j + 1) != null)) {
            j++;
        }
        Integer days = relativeDays(j);
        if (days != null) {
            j += days == -2 ? (is(j + 1, "من") ? 3 : 2) : 1;
        }
        DayOfWeek weekday = weekday(j);
        if (weekday != null) {
            j++;
        }
        int[] dmy = numeric(j);
        if (dmy != null) {
            LocalDate date = date(dmy[0], dmy[1], dmy[2]);
            if (date != null) {
                return new Expression(i, j + 3, date, null, null, null, days, weekday, null, null);
            }
        }
        Integer dayOfMonth = dayNumber(j);
        int monthAt = dayOfMonth != null ? j + 1 : j;
        boolean monthWord = is(monthAt, words.fold("شهر"));
        if (monthWord && dayOfMonth == null) {
            monthAt++;
        }
        int[] month = month(monthAt);
        if (month != null) {
            int after = monthAt + month[1];
            Integer year = year(after);
            if (dayOfMonth != null && year != null) {
                LocalDate date = date(dayOfMonth, month[0], year);
                if (date != null) {
                    return new Expression(i, after + 1, date, null, null, null, days, weekday, null, null);
                }
            } else if (dayOfMonth == null && year != null) {
                return new Expression(i, after + 1, null, YearMonth.of(year, month[0]), null, null, days, weekday, null,
                        null);
            } else if (dayOfMonth != null) {
                // 20 يناير: the year comes from the publication
                return new Expression(i, after, null, null, month[0], dayOfMonth, days, weekday, null, null);
            } else {
                Marker marker = marker(after);
                if (marker != null || monthWord) {
                    return new Expression(i, after + (marker == null ? 0 : 1), null, null, month[0], null, days,
                            weekday, null, marker);
                }
            }
        }
        if (weekday != null) {
            Marker marker = marker(j);
            return new Expression(i, j + (marker == null ? 0 : 1), null, null, null, null, days, weekday, null, marker);
        }
        if (days != null) {
            return new Expression(i, j, null, null, null, null, days, null, null, null);
        }
        int at = is(i, words.fold("هذا")) || is(i, words.fold("هذه")) ? i + 1 : i;
        Period period = is(at, words.week) ? Period.WEEK : is(at, words.month) ? Period.MONTH
                : at < text.tokens.size() && text.tokens.get(at).isAny(words.year) ? Period.YEAR : null;
        if (period != null) {
            Marker marker = at > i ? Marker.CURRENT : marker(at + 1);
            if (marker != null) {
                return new Expression(i, at == i ? at + 2 : at + 1, null, null, null, null, null, null, period, marker);
            }
        }
        return null;
    }

    /** What the expression fixes, given the publication date if known ({@code publishedFrom} says whence). */
    Fixed fix(Expression e, LocalDate published, String publishedFrom) {
        String weekdayCheck = "";
        if (e.date() != null) {
            if (e.weekday() != null && e.date().getDayOfWeek() != e.weekday()) {
                weekdayCheck = " The text calls it " + name(e.weekday()) + ", but " + e.date() + " is a "
                        + name(e.date().getDayOfWeek()) + ": check the date.";
            }
            return new Fixed(e.date(), e.date(), DatePrecision.DAY, Basis.STATED,
                    weekdayCheck.isEmpty() ? null : weekdayCheck.trim());
        }
        if (e.yearMonth() != null) {
            return new Fixed(e.yearMonth().atDay(1), e.yearMonth().atEndOfMonth(), DatePrecision.MONTH, Basis.STATED,
                    null);
        }
        if (published == null) {
            return new Fixed(null, null, DatePrecision.UNKNOWN, Basis.INFERRED, "The words are relative to the day of"
                    + " publication, which the text does not give: draft with --published YYYY-MM-DD to resolve them.");
        }
        String against = " (relative to the publication date " + published + ", " + publishedFrom + ")";
        if (e.month() != null && e.dayOfMonth() == null) {
            YearMonth ym = YearMonth.of(published.getYear(), e.month());
            YearMonth current = YearMonth.from(published);
            if (e.marker() == Marker.NEXT) {
                ym = ym.isAfter(current) ? ym : ym.plusYears(1);
            } else if (e.marker() == Marker.PAST ? !ym.isBefore(current) : ym.isAfter(current)) {
                ym = ym.minusYears(1);
            }
            return new Fixed(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, Basis.INFERRED,
                    "The month " + ym + against + ".");
        }
        if (e.dayOfMonth() != null) {
            LocalDate day = date(e.dayOfMonth(), e.month(), published.getYear());
            if (day == null) {
                return new Fixed(null, null, DatePrecision.UNKNOWN, Basis.INFERRED, "No such day in "
                        + published.getYear() + ": check the text.");
            }
            day = day.isAfter(published) ? day.minusYears(1) : day;
            return new Fixed(day, day, DatePrecision.DAY, Basis.INFERRED, "The text gives the day and month, not the"
                    + " year: the latest such day up to publication" + against + ".");
        }
        if (e.period() != null) {
            return period(e, published, against);
        }
        LocalDate day = published.plusDays(e.days() == null ? 0 : e.days());
        String why = e.days() == null ? "" : "\"" + relativeName(e.days()) + "\"" + against + ".";
        if (e.weekday() != null) {
            if (e.days() != null) {
                if (day.getDayOfWeek() != e.weekday()) {
                    why += " The text calls it " + name(e.weekday()) + ", but that day is a " + name(day.getDayOfWeek())
                            + ": check the publication date.";
                }
            } else if (e.marker() == Marker.NEXT) {
                day = published.with(TemporalAdjusters.next(e.weekday()));
                why = "The next " + name(e.weekday()) + " after publication" + against + ".";
            } else if (e.marker() == Marker.PAST) {
                day = published.with(TemporalAdjusters.previous(e.weekday()));
                why = "The last " + name(e.weekday()) + " before publication" + against + ".";
            } else {
                day = published.with(TemporalAdjusters.previousOrSame(e.weekday()));
                why = "A weekday named alone: in a news report, the latest " + name(e.weekday())
                        + " up to publication" + against + ".";
            }
        }
        return new Fixed(day, day, DatePrecision.DAY, Basis.INFERRED, why.trim());
    }

    private Fixed period(Expression e, LocalDate published, String against) {
        int step = e.marker() == Marker.PAST ? -1 : e.marker() == Marker.NEXT ? 1 : 0;
        return switch (e.period()) {
            case MONTH -> {
                YearMonth ym = YearMonth.from(published).plusMonths(step);
                yield new Fixed(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, Basis.INFERRED,
                        "The month " + ym + against + ".");
            }
            case YEAR -> {
                int year = published.getYear() + step;
                yield new Fixed(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR,
                        Basis.INFERRED, "The year " + year + against + ".");
            }
            case WEEK -> {
                // weeks start on Saturday, Sunday or Monday depending on the country: the range holds for all three
                LocalDate earliest = null;
                LocalDate latest = null;
                for (DayOfWeek first : List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY)) {
                    LocalDate start = published.with(TemporalAdjusters.previousOrSame(first)).plusWeeks(step);
                    earliest = earliest == null || start.isBefore(earliest) ? start : earliest;
                    LocalDate end = start.plusDays(6);
                    latest = latest == null || end.isAfter(latest) ? end : latest;
                }
                if (step == 0) {
                    latest = published;
                }
                yield new Fixed(earliest, latest, DatePrecision.RANGE, Basis.INFERRED, "A day of the "
                        + (step < 0 ? "previous" : step > 0 ? "next" : "current") + " week" + against
                        + ", whether weeks start on Saturday, Sunday or Monday.");
            }
        };
    }

    private boolean is(int i, String word) {
        return i < text.tokens.size() && text.tokens.get(i).is(word);
    }

    private Integer relativeDays(int i) {
        if (i >= text.tokens.size()) {
            return null;
        }
        if (is(i, words.fold("أول")) && (is(i + 1, words.fold("أمس")) || (is(i + 1, "من") && is(i + 2, words.fold("أمس"))))) {
            return -2;
        }
        for (String base : text.tokens.get(i).bases()) {
            Integer days = words.relativeDays.get(base);
            if (days != null) {
                return days;
            }
        }
        return null;
    }

    private DayOfWeek weekday(int i) {
        if (i >= text.tokens.size()) {
            return null;
        }
        for (String base : text.tokens.get(i).bases()) {
            DayOfWeek d = words.weekdays.get(base);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The month named at word {@code i}: {number, words}, or null. */
    private int[] month(int i) {
        if (i >= text.tokens.size()) {
            return null;
        }
        if (i + 1 < text.tokens.size()) {
            Integer two = words.months.get(text.tokens.get(i).folded() + " " + text.tokens.get(i + 1).folded());
            if (two != null) {
                return new int[] {two, 2};
            }
        }
        for (String base : text.tokens.get(i).bases()) {
            Integer one = words.months.get(base);
            if (one != null) {
                return new int[] {one, 1};
            }
        }
        return null;
    }

    private Marker marker(int i) {
        if (i >= text.tokens.size()) {
            return null;
        }
        Token t = text.tokens.get(i);
        return t.isAny(words.past) ? Marker.PAST : t.isAny(words.next) ? Marker.NEXT
                : t.isAny(words.current) ? Marker.CURRENT : null;
    }

    private Integer dayNumber(int i) {
        if (i >= text.tokens.size() || !text.tokens.get(i).folded().matches("\\d{1,2}")) {
            return null;
        }
        int day = Integer.parseInt(text.tokens.get(i).folded());
        return day >= 1 && day <= 31 ? day : null;
    }

    private Integer year(int i) {
        if (i >= text.tokens.size() || !text.tokens.get(i).folded().matches("(19|20|21)\\d\\d")) {
            return null;
        }
        return Integer.parseInt(text.tokens.get(i).folded());
    }

    /** 22.01.2020, 05/03/2023, 8-11-2021 (day, month, year, as these texts write them) or 2021-11-08: {d, m, y}. */
    private int[] numeric(int i) {
        if (i + 2 >= text.tokens.size()) {
            return null;
        }
        String a = text.tokens.get(i).folded();
        String b = text.tokens.get(i + 1).folded();
        String c = text.tokens.get(i + 2).folded();
        String gap1 = text.gap(i, i + 1);
        String gap2 = text.gap(i + 1, i + 2);
        if (!gap1.equals(gap2) || !gap1.matches("[./-]") || !b.matches("\\d{1,2}")) {
            return null;
        }
        if (a.matches("\\d{1,2}") && c.matches("\\d{4}")) {
            return new int[] {Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c)};
        }
        if (a.matches("\\d{4}") && c.matches("\\d{1,2}") && gap1.equals("-")) {
            return new int[] {Integer.parseInt(c), Integer.parseInt(b), Integer.parseInt(a)};
        }
        return null;
    }

    private static LocalDate date(int day, int month, int year) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String relativeName(int days) {
        return switch (days) {
            case 0 -> "today";
            case -1 -> "yesterday";
            case -2 -> "the day before yesterday";
            case 1 -> "tomorrow";
            default -> days + " days";
        };
    }
}
