package org.majlis.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.majlis.draft.DraftText.Token;
import org.majlis.draft.Names.Entity;
import org.majlis.draft.Names.Kind;
import org.majlis.draft.Names.Match;

/**
 * The meetings a text reports. A sentence reports one when it has a meeting verb (اجتمع، التقى، استقبل; بحث … مع;
 * أجرى لقاء) or a verb of holding, attending, chairing or organising next to a meeting noun (عقد، حضر، شارك في، ترأس،
 * نظم + اجتماع، لقاء، ورشة …). A meeting verb naming parties not all met before opens a new meeting; other reports
 * (حضر هذا الاجتماع, a repeated headline, a report naming fewer parties) add to the meeting they share parties with,
 * or to the last one.
 */
final class Meetings {
    /** A sentence reporting a meeting: its trigger word, whether a meeting verb, and the parties it names. */
    record Report(int sentence, int trigger, boolean meetingVerb, Set<Entity> parties) {
    }

    /** A meeting and the sentences that report it, the first one first. */
    record Found(List<Report> reports, Set<Entity> parties) {
    }

    private final DraftText text;
    private final Words words;
    private final Parties parties;

    Meetings(DraftText text, Words words, Parties parties) {
        this.text = text;
        this.words = words;
        this.parties = parties;
    }

    List<Found> find() {
        List<Found> meetings = new ArrayList<>();
        for (Report report : reports()) {
            Found target;
            if (report.meetingVerb() && report.parties().size() >= 2) {
                // a meeting between these parties is one already found only if one's parties hold the other's
                target = last(meetings, m -> !m.parties().isEmpty() && (m.parties().containsAll(report.parties())
                        || report.parties().containsAll(m.parties())));
            } else if (report.meetingVerb() && !report.parties().isEmpty()) {
                target = last(meetings, m -> report.parties().stream().anyMatch(m.parties()::contains));
            } else {
                // a meeting already named (حضر هذا الاجتماع), or one whose parties go unnamed
                target = last(meetings, m -> true);
            }
            if (target == null) {
                meetings.add(new Found(new ArrayList<>(List.of(report)), new LinkedHashSet<>(report.parties())));
            } else {
                target.reports().add(report);
                target.parties().addAll(report.parties());
            }
        }
        return meetings;
    }

    private static Found last(List<Found> meetings, Predicate<Found> test) {
        for (int i = meetings.size() - 1; i >= 0; i--) {
            if (test.test(meetings.get(i))) {
                return meetings.get(i);
            }
        }
        return null;
    }

    /** The meeting a sentence belongs to: the last one first reported at or before it (else the first). */
    static int scopeOf(List<Found> meetings, int sentence) {
        int scope = 0;
        for (int i = 0; i < meetings.size(); i++) {
            if (meetings.get(i).reports().stream().mapToInt(Report::sentence).min().orElse(0) <= sentence) {
                scope = i;
            }
        }
        return scope;
    }

    private List<Report> reports() {
        List<Report> reports = new ArrayList<>();
        int sentence = -1;
        List<Token> words = new ArrayList<>();
        for (Token t : text.tokens) {
            if (t.sentence() != sentence && !words.isEmpty()) {
                report(words).ifPresent(reports::add);
                words.clear();
            }
            sentence = t.sentence();
            words.add(t);
        }
        if (!words.isEmpty()) {
            report(words).ifPresent(reports::add);
        }
        return reports;
    }

    private Optional<Report> report(List<Token> sentence) {
        Integer meetingVerb = null;
        Integer other = null;
        Predicate<Token> meetingNoun = w -> w.isAny(words.meetingNouns);
        for (int k = 0; k < sentence.size() && meetingVerb == null; k++) {
            Token t = sentence.get(k);
            if (t.isAny(words.meetVerbs)
                    || (t.isAny(words.discussVerbs) && after(sentence, k, 24, w -> w.is(words.with)))
                    || (t.isAny(words.holdVerbs) && after(sentence, k, 20, meetingNoun))) {
                meetingVerb = t.index();
            } else if (other == null && ((t.isAny(words.convenedVerbs) && (after(sentence, k, 6, meetingNoun)
                    || (k > 0 && sentence.get(k - 1).isAny(words.relatives) && before(sentence, k, 12, meetingNoun))))
                    || ((t.isAny(words.attendVerbs) || t.isAny(words.chairVerbs) || t.isAny(words.organiseWords))
                            && after(sentence, k, 30, meetingNoun)))) {
                // عقد names a meeting next to it (عقد اجتماعا، الاجتماع الذي عقد), not عقد اتفاقيات
                other = t.index();
            }
        }
        if (meetingVerb == null && other == null) {
            return Optional.empty();
        }
        int from = sentence.get(0).index();
        int to = sentence.get(sentence.size() - 1).index() + 1;
        Set<Entity> named = new LinkedHashSet<>();
        for (Match m : parties.mentions) {
            if (m.from() >= from && m.to() <= to && m.entity().kind() != Kind.PLACE) {
                named.add(m.entity());
            }
        }
        return Optional.of(new Report(sentence.get(0).sentence(), meetingVerb != null ? meetingVerb : other,
                meetingVerb != null, named));
    }

    private static boolean before(List<Token> sentence, int k, int within, Predicate<Token> test) {
        for (int j = k - 1; j >= 0 && j >= k - within; j--) {
            if (test.test(sentence.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean after(List<Token> sentence, int k, int within, Predicate<Token> test) {
        for (int j = k + 1; j < sentence.size() && j <= k + within; j++) {
            if (test.test(sentence.get(j))) {
                return true;
            }
        }
        return false;
    }
}
