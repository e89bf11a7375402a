package org.majlis.draft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.majlis.seed.SeedFiles.DocumentSpec;
import org.majlis.seed.SeedFiles.FigureSpec;
import org.majlis.seed.SeedFiles.FuzzyDateSpec;
import org.majlis.seed.SeedFiles.MeetingSpec;

/**
 * How a draft compares with what a curator recorded: precision and recall of organisations and people (keys of the
 * reference data, and names of new ones, which match when one's words contain the other's after normalisation, since
 * a curator trims a proposed name), figures (value and qualifier), dates (the publication date and each meeting's, by
 * bounds) and the meeting count.
 */
final class DraftQuality {
    /** What a document holds, on the draft's side or the curator's. */
    record Facts(int meetings, Set<String> organisations, List<String> newOrganisations, Set<String> people,
            List<String> newPeople, List<String> figures, List<String> dates) {
        static Facts of(DocumentSpec doc) {
            Set<String> organisations = new LinkedHashSet<>();
            Set<String> people = new LinkedHashSet<>();
            List<String> dates = new ArrayList<>();
            if (doc.published() != null) {
                dates.add(bounds(doc.published()));
            }
            for (MeetingSpec m : list(doc.meetings())) {
                list(m.organisations()).forEach(r -> organisations.add(r.organisation()));
                list(m.participants()).forEach(p -> {
                    people.add(p.person());
                    if (p.organisation() != null) {
                        organisations.add(p.organisation());
                    }
                });
                dates.add(bounds(m.date()));
            }
            list(doc.figures()).stream().filter(f -> f.producer() != null).forEach(f -> organisations.add(f.producer()));
            Set<String> proposedOrganisations = new LinkedHashSet<>();
            list(doc.newOrganisations()).forEach(o -> proposedOrganisations.add(o.key()));
            Set<String> proposedPeople = new LinkedHashSet<>();
            list(doc.newPeople()).forEach(p -> proposedPeople.add(p.key()));
            organisations.removeAll(proposedOrganisations);
            people.removeAll(proposedPeople);
            return new Facts(list(doc.meetings()).size(), organisations,
                    list(doc.newOrganisations()).stream().map(o -> o.name().ar()).toList(), people,
                    list(doc.newPeople()).stream().map(p -> p.name().ar()).toList(),
                    list(doc.figures()).stream().map(DraftQuality::figure).toList(), dates);
        }
    }

    /**
     * Matches and sizes of one measure: {@code matched} of {@code drafted} drafted, of {@code expected} recorded; what
     * was drafted but not recorded ({@code extra}) and recorded but not drafted ({@code missed}).
     */
    record Score(int matched, int drafted, int expected, List<String> extra, List<String> missed) {
        Score plus(Score other) {
            return new Score(matched + other.matched, drafted + other.drafted, expected + other.expected,
                    concat(extra, other.extra), concat(missed, other.missed));
        }

        private static List<String> concat(List<String> a, List<String> b) {
            return Stream.concat(a.stream(), b.stream()).toList();
        }

        double precision() {
            return drafted == 0 ? 1 : (double) matched / drafted;
        }

        double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }

        String cell() {
            return String.format("%d/%d, %d/%d", matched, drafted, matched, expected);
        }
    }

    static final List<String> MEASURES = List.of("organisations", "people", "figures", "dates");

    /** The scores of one document by measure, and its meeting counts {drafted, recorded}. */
    record Row(String document, Map<String, Score> scores, int meetingsDrafted, int meetingsRecorded) {
    }

    private DraftQuality() {
    }

    static Row compare(String document, Facts drafted, Facts recorded, BiPredicate<String, String> sameName) {
        Map<String, Score> scores = new LinkedHashMap<>();
        scores.put("organisations", sets(drafted.organisations(), recorded.organisations())
                .plus(names(drafted.newOrganisations(), recorded.newOrganisations(), sameName)));
        scores.put("people", sets(drafted.people(), recorded.people())
                .plus(names(drafted.newPeople(), recorded.newPeople(), sameName)));
        scores.put("figures", multisets(drafted.figures(), recorded.figures()));
        scores.put("dates", multisets(drafted.dates(), recorded.dates()));
        return new Row(document, scores, drafted.meetings(), recorded.meetings());
    }

    static Row total(String label, List<Row> rows) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String measure : MEASURES) {
            scores.put(measure, rows.stream().map(r -> r.scores().get(measure))
                    .reduce(new Score(0, 0, 0, List.of(), List.of()), Score::plus));
        }
        return new Row(label, scores, rows.stream().mapToInt(Row::meetingsDrafted).sum(),
                rows.stream().mapToInt(Row::meetingsRecorded).sum());
    }

    /** A Markdown table: per measure "matched/drafted, matched/recorded" (precision, recall), and meetings. */
    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder("| text | organisations P, R | people P, R | figures P, R | dates P, R"
                + " | meetings drafted / recorded |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.document());
            for (String measure : MEASURES) {
                out.append(" | ").append(row.scores().get(measure).cell());
            }
            out.append(" | ").append(row.meetingsDrafted()).append(" / ").append(row.meetingsRecorded()).append(" |\n");
        }
        return out.toString();
    }

    private static Score sets(Set<String> drafted, Set<String> recorded) {
        return matching(List.copyOf(drafted), List.copyOf(recorded), String::equals);
    }

    private static Score names(List<String> drafted, List<String> recorded, BiPredicate<String, String> same) {
        return matching(drafted, recorded, same);
    }

    private static Score multisets(List<String> drafted, List<String> recorded) {
        return matching(drafted, recorded, String::equals);
    }

    /** Each drafted item matches at most one recorded item, and the other way round. */
    private static Score matching(List<String> drafted, List<String> recorded, BiPredicate<String, String> same) {
        List<String> left = new ArrayList<>(recorded);
        List<String> extra = new ArrayList<>();
        for (String item : drafted) {
            int at = -1;
            for (int i = 0; i < left.size() && at < 0; i++) {
                at = same.test(item, left.get(i)) ? i : -1;
            }
            if (at < 0) {
                extra.add(item);
            } else {
                left.remove(at);
            }
        }
        return new Score(drafted.size() - extra.size(), drafted.size(), recorded.size(), extra, left);
    }

    /** What each text's draft proposed that its annotation lacks, and lacked that it holds. */
    static String differences(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        for (Row row : rows) {
            for (String measure : MEASURES) {
                Score s = row.scores().get(measure);
                if (!s.extra().isEmpty() || !s.missed().isEmpty()) {
                    out.append("- ").append(row.document()).append(", ").append(measure).append(": ")
                            .append(s.extra().isEmpty() ? "" : "drafted, not recorded " + s.extra())
                            .append(!s.extra().isEmpty() && !s.missed().isEmpty() ? "; " : "")
                            .append(s.missed().isEmpty() ? "" : "recorded, not drafted " + s.missed()).append('\n');
                }
            }
            if (row.meetingsDrafted() != row.meetingsRecorded()) {
                out.append("- ").append(row.document()).append(", meetings: ").append(row.meetingsDrafted())
                        .append(" drafted, ").append(row.meetingsRecorded()).append(" recorded\n");
            }
        }
        return out.toString();
    }

    static String figure(FigureSpec f) {
        return figure(f.value(), f.qualifier());
    }

    static String figure(BigDecimal value, String qualifier) {
        return value.stripTrailingZeros().toPlainString() + " " + qualifier;
    }

    static String bounds(FuzzyDateSpec date) {
        return bounds(date.earliest(), date.latest());
    }

    static String bounds(LocalDate earliest, LocalDate latest) {
        return (earliest == null ? ".." : earliest.toString()) + "/" + (latest == null ? ".." : latest.toString());
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Whether two names are one after normalisation: the words of one are a run of the other's. */
    static boolean sameName(String a, String b) {
        List<String> x = List.of(a.split(" "));
        List<String> y = List.of(b.split(" "));
        return Stream.of(List.of(x, y), List.of(y, x)).anyMatch(pair -> java.util.Collections.indexOfSubList(pair.get(0),
                pair.get(1)) >= 0);
    }
}
