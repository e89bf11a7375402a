package org.majlis.draft;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.majlis.draft.DraftText.Token;
import org.majlis.draft.Names.Entity;
import org.majlis.draft.Names.Kind;
import org.majlis.draft.Names.Match;
import org.majlis.seed.SeedFiles.Bilingual;

/**
 * The people, bodies and places a text names: those of the reference data, and new people and bodies that the text
 * presents as such (a title or office before or after a name: السيد، وزير، رئيس، مدير، سفير، وكيل …; a body's head
 * noun: وزارة، هيئة، جهاز، بلدية …), proposed as new entries; and each person's title as the text states it.
 */
final class Parties {
    /** A person's title, words {@code [from, to)}, and the role its words give in a meeting (CHAIR, CO_CHAIR) or null. */
    record Title(int from, int to, String role) {
    }

    /** A new entity the draft proposes, first named at words {@code [from, to)}, and why. */
    record Proposal(Entity entity, int from, int to, String why, String organisationKind) {
    }

    /** Longest names of a person the drafter takes as new. */
    private static final int NAME_WORDS = 4;
    private static final int TITLE_WORDS = 14;

    private final DraftText text;
    private final Words words;
    final List<Match> mentions = new ArrayList<>();
    final Map<Match, Title> titles = new HashMap<>();
    final List<Proposal> proposals = new ArrayList<>();

    Parties(DraftText text, Words words, Names known) {
        this.text = text;
        this.words = words;
        mentions.addAll(known.find(text));
        proposePeople();
        proposeOrganisations();
        mentions.sort(Comparator.comparingInt(Match::from));
        for (Match m : mentions) {
            if (m.entity().kind() == Kind.PERSON) {
                Title title = title(m);
                if (title != null) {
                    titles.put(m, title);
                }
            }
        }
    }

    /** The match covering word {@code i}, if any. */
    Match at(int i) {
        for (Match m : mentions) {
            if (m.covers(i)) {
                return m;
            }
        }
        return null;
    }

    List<Match> within(int from, int to, Kind kind) {
        return mentions.stream().filter(m -> m.entity().kind() == kind && m.from() >= from && m.to() <= to).toList();
    }

    // titles

    /** The title after the name if there is one (مدير المنظمة في طرابلس), else the office before it (وزير الداخلية). */
    private Title title(Match person) {
        Title before = before(person.from());
        Title after = after(person.to());
        Title chosen = after != null ? after : before;
        if (chosen == null) {
            return null;
        }
        String role = null;
        for (Title t : Stream.of(before, after).filter(t -> t != null).toList()) {
            role = role != null ? role : roleOf(t.from(), Math.min(text.tokens.size(), t.to() + 4));
        }
        return new Title(chosen.from(), chosen.to(), role);
    }

    /** رئيس الاجتماع: CHAIR; الرئيس المشارك: CO_CHAIR; in words {@code [from, to)}. */
    private String roleOf(int from, int to) {
        for (int i = from; i < to - 1; i++) {
            Token t = text.tokens.get(i);
            Token next = text.tokens.get(i + 1);
            if (t.is(words.chairOffice) || t.is("ال" + words.chairOffice)) {
                if (next.folded().startsWith(words.coChair) || next.is(words.coChair)) {
                    return "CO_CHAIR";
                }
                if (next.isAny(words.meetingNouns)) {
                    return "CHAIR";
                }
            }
        }
        return null;
    }

    /** An office ending just before word {@code nameFrom}, scanning back over the title's words. */
    private Title before(int nameFrom) {
        int head = -1;
        for (int i = nameFrom - 1; i >= 0 && nameFrom - i <= TITLE_WORDS && !text.brokenAfter(i); i--) {
            Token t = text.tokens.get(i);
            if (isVerb(t) || t.folded().equals(words.with) || datePart(t) || personAt(i)) {
                break;
            }
            if (t.isAny(words.offices)) {
                head = i;
            }
        }
        if (head < 0) {
            return null;
        }
        int end = nameFrom;
        while (end > head + 1 && text.tokens.get(end - 1).isAny(words.honorifics)) {
            end--;
        }
        return new Title(head, end, null);
    }

    /**
     * An office right after a name (past quotation marks, a dash or a comma): from its head to the next punctuation,
     * function word or name; a second office joined by و (والرئيس المشارك) ends it.
     */
    private Title after(int nameTo) {
        if (nameTo >= text.tokens.size() || !text.gap(nameTo - 1, nameTo).matches("[\\s\"”“«»'’,،\\-–—]*")
                || text.tokens.get(nameTo - 1).sentence() != text.tokens.get(nameTo).sentence()
                || !text.tokens.get(nameTo).isAny(words.offices) || text.tokens.get(nameTo).isAny(words.honorifics)) {
            return null;
        }
        int end = nameTo + 1;
        while (end < text.tokens.size() && end - nameTo < TITLE_WORDS && !text.brokenAfter(end - 1)) {
            Token t = text.tokens.get(end);
            boolean connector = t.isAny(words.at) && end + 1 < text.tokens.size() && !text.brokenAfter(end)
                    && !stop(text.tokens.get(end + 1));
            if ((stop(t) && !connector) || personAt(end) || datePart(t)
                    || (t.isAny(words.offices) && t.folded().startsWith(words.and))) {
                break;
            }
            end++;
        }
        return new Title(nameTo, end, null);
    }

    private boolean personAt(int i) {
        Match m = at(i);
        return m != null && m.entity().kind() == Kind.PERSON;
    }

    // new people

    /**
     * A name the reference data does not know, presented by a title: the office or honorific, the words of the office
     * (the article, nouns such as شؤون, known bodies and places), then two to four words of a name; a name in
     * quotation marks is taken whole. Later mentions by the name's last words (الفيتوري) are found too.
     */
    private void proposePeople() {
        Map<String, Proposal> byName = new LinkedHashMap<>();
        for (Token head : text.tokens) {
            if (!(head.isAny(words.offices) || head.isAny(words.honorifics)) || at(head.index()) != null) {
                continue;
            }
            int start = head.index() + 1;
            while (start < text.tokens.size() && start - head.index() < TITLE_WORDS && !text.brokenAfter(start - 1)
                    && titleWord(start)) {
                start++;
            }
            if (start >= text.tokens.size() || text.brokenAfter(start - 1) && !opensQuote(start)) {
                continue;
            }
            int end = nameEnd(start);
            if (end - start < 2 && !(end > start && opensQuote(start))) {
                continue;
            }
            String name = text.span(start, end);
            if (!byName.containsKey(text.fold(name))) {
                byName.put(text.fold(name), new Proposal(new Entity(Kind.PERSON, "new-person-" + (byName.size() + 1),
                        new Bilingual(name, null), null, true), start, end,
                        "presented by \"" + written(head.index(), start) + "\" (\"" + name + "\")", null));
            }
        }
        addProposals(byName.values(), p -> {
            // a later mention by the surname: the last word, or the last two (بن سعود)
            List<String> parts = List.of(p.entity().name().ar().split("\\s+"));
            return Stream.of(parts.subList(Math.max(1, parts.size() - 2), parts.size()), parts.subList(parts.size() - 1,
                    parts.size())).filter(s -> s.size() < parts.size()).map(s -> String.join(" ", s));
        });
    }

    /** A word that may stand between an office and a name: the article, a title noun, a body, a place. */
    private boolean titleWord(int i) {
        Token t = text.tokens.get(i);
        if (stop(t) && !t.isAny(words.at)) {
            return false;
        }
        Match m = at(i);
        if (m != null) {
            return m.entity().kind() != Kind.PERSON;
        }
        return t.bases().stream().anyMatch(b -> b.startsWith("ال")) || t.isAny(words.titleNouns)
                || t.isAny(words.offices) || t.isAny(words.honorifics) || t.isAny(words.bodies) || t.isAny(words.at);
    }

    /** The words of a name from {@code start}: up to the closing quotation mark, or up to four plain words. */
    private int nameEnd(int start) {
        if (!nameWord(start, true)) {
            return start;
        }
        boolean quoted = opensQuote(start);
        int end = start + 1;
        while (end < text.tokens.size() && end - start < NAME_WORDS + (quoted ? 1 : 0)) {
            String gap = text.gap(end - 1, end);
            if (quoted ? gap.matches(".*[”»\"].*") : !gap.isBlank()) {
                break;
            }
            if (!nameWord(end, false)) {
                break;
            }
            end++;
        }
        return end;
    }

    private boolean opensQuote(int i) {
        return text.gap(i - 1, i).matches(".*[“«\"].*");
    }

    /**
     * A word of a name: Arabic letters, none of the listed words; a first word has no article, and no word is a
     * conjunction with the article (والتعاون) or a definite plural in ات (العلاقات).
     */
    private boolean nameWord(int i, boolean first) {
        Token t = text.tokens.get(i);
        if (t.folded().startsWith("وال") || (t.folded().startsWith("ال") && t.folded().endsWith("ات"))) {
            return false;
        }
        if (at(i) != null || !t.folded().matches("\\p{IsArabic}{2,}") || stop(t) || isVerb(t) || datePart(t)
                || t.isAny(words.offices) || t.isAny(words.honorifics) || t.isAny(words.bodies)
                || t.isAny(words.titleNouns) || t.isAny(words.meetingNouns) || t.isAny(words.venueNouns) || number(t)) {
            return false;
        }
        return !first || !t.folded().startsWith("ال");
    }

    // new organisations

    /**
     * A body the reference data does not know: a head noun (وزارة، هيئة، جهاز، لجنة، بلدية …) and the words of its
     * name up to punctuation, a function word or a person, without trailing words that are neither definite nor a
     * place (its name ends in a definite word or a place); at least two words, and not the start of a known name (فريق
     * العمل for فريق العمل المعني بالهجرة). A minister of a ministry the reference data does not know (وزير العمل)
     * proposes the ministry.
     */
    private void proposeOrganisations() {
        Map<String, Proposal> byName = new LinkedHashMap<>();
        int coveredTo = 0;
        for (Token head : text.tokens) {
            if (at(head.index()) != null || head.index() < coveredTo) {
                continue;
            }
            boolean article = head.bases().stream().anyMatch(b -> b.startsWith("ال"));
            if (head.isAny(words.bodies) && !(article && !definite(head.index() + 1))) {
                // with the article, the head's next word is definite too (المفوضية السامية), not المفوضية لدعم …
                int end = head.index() + 1;
                boolean named = definite(head.index());
                while (end < text.tokens.size() && end - head.index() < 10 && !text.brokenAfter(end - 1)
                        && bodyWord(end, named)) {
                    named |= definite(end);
                    end++;
                }
                while (end > head.index() + 1 && !definite(end - 1)) {
                    end--;
                }
                // المجلس الرئاسي is a name, المركز العالية ("the centre's high [expertise]") is not: with the article,
                // a head and one adjective are too often no name
                if (end - head.index() >= (article ? 3 : 2)) {
                    String name = withoutClitics(head, words.bodies) + text.body.substring(head.end(),
                            text.tokens.get(end - 1).end());
                    propose(byName, name, head.index(), end, "a body the text names by its head noun (\"" + name
                            + "\")", head);
                    coveredTo = end;
                }
            } else if (head.isAny(words.minister) && head.bases().stream().noneMatch(b -> b.startsWith("ال"))) {
                // وزير العمل (a construct: minister of labour), not الوزيرة الإيطالية (the Italian minister)
                int end = head.index() + 1;
                while (end < text.tokens.size() && end - head.index() < 8 && !text.brokenAfter(end - 1)
                        && definite(end) && at(end) == null) {
                    end++;
                }
                if (end > head.index() + 1) {
                    String name = "وزارة" + text.body.substring(head.end(), text.tokens.get(end - 1).end());
                    propose(byName, name, head.index(), end, "named only through the title \""
                            + withoutClitics(head, words.minister) + text.body.substring(head.end(),
                                    text.tokens.get(end - 1).end()) + "\": the ministry's name is ours, from that title",
                            head);
                }
            }
        }
        addProposals(byName.values(), p -> Stream.empty());
    }

    private void propose(Map<String, Proposal> byName, String name, int from, int to, String why, Token head) {
        String folded = text.fold(name);
        // a shorter name of a body already proposed (وزارة العمل, وزارة العمل والتأهيل) is the same body
        for (String other : byName.keySet()) {
            if (other.startsWith(folded) || folded.startsWith(other)) {
                if (folded.length() > other.length()) {
                    Proposal old = byName.remove(other);
                    byName.put(folded, new Proposal(new Entity(Kind.ORGANISATION, old.entity().key(),
                            new Bilingual(name, null), null, true), old.from(), old.to(), old.why(), old.organisationKind()));
                }
                return;
            }
        }
        if (knownPrefix(folded)) {
            return;
        }
        String kind = head.isAny(words.minister) || head.is(words.ministry) ? "MINISTRY" : "OTHER";
        byName.put(folded, new Proposal(new Entity(Kind.ORGANISATION, "new-organisation-" + (byName.size() + 1),
                new Bilingual(name, null), null, true), from, to, why, kind));
    }

    /** Whether a known organisation's name starts with these words: a short reference to it. */
    private boolean knownPrefix(String folded) {
        return mentions.stream().anyMatch(m -> m.entity().kind() == Kind.ORGANISATION && !m.entity().proposed()
                && text.fold(m.entity().name().ar()).startsWith(folded + " "));
    }

    /**
     * A word of a body's name; before the name is definite (جهاز مكافحة الهجرة), an indefinite word with a preposition
     * (مكتب دعم لفريق العمل) breaks the chain of nouns that makes a name.
     */
    private boolean bodyWord(int i, boolean named) {
        Token t = text.tokens.get(i);
        if (!named && !definite(i) && t.bases().size() > 1 && (t.folded().startsWith("ل") || t.folded().startsWith("ب"))) {
            return false;
        }
        Match m = at(i);
        if (m != null) {
            return m.entity().kind() == Kind.PLACE;
        }
        if (t.folded().equals(words.not)) {
            return i + 1 < text.tokens.size() && definite(i + 1);
        }
        if (t.folded().startsWith(words.and) && t.isAny(words.bodies)) {
            // المنظمة و الوزارة: two bodies, not one name
            return false;
        }
        return !stop(t) && !isVerb(t) && !datePart(t) && !number(t) && !t.isAny(words.offices)
                && !t.isAny(words.honorifics) && t.folded().matches("\\p{IsArabic}+");
    }

    /** A definite word (with the article, also after ل/ب/و) or a place: where a body's name may end. */
    private boolean definite(int i) {
        if (i >= text.tokens.size()) {
            return false;
        }
        Match m = at(i);
        if (m != null) {
            return m.entity().kind() == Kind.PLACE;
        }
        Token t = text.tokens.get(i);
        return !stop(t) && !datePart(t) && !t.isAny(words.honorifics) && !t.isAny(words.offices)
                && t.bases().stream().anyMatch(b -> b.startsWith("ال") && b.length() > 3);
    }

    /** Words {@code [from, to)} as written, without the clitics of the first (بوزيرة الشؤون → وزيرة الشؤون). */
    String written(int from, int to) {
        Token first = text.tokens.get(from);
        Set<String> heads = new HashSet<>(words.offices);
        heads.addAll(words.honorifics);
        heads.addAll(words.bodies);
        return withoutClitics(first, heads) + text.body.substring(first.end(), text.tokens.get(to - 1).end());
    }

    /**
     * A head word as written, without the clitics before it: بوزارة → وزارة, للمنظمة → المنظمة, and للجنة → اللجنة
     * (ل + اللجنة is written with two lams); {@code heads} are its forms without them.
     */
    private String withoutClitics(Token head, Set<String> heads) {
        String written = text.body.substring(head.start(), head.end());
        String folded = head.folded();
        if (written.length() != folded.length()) {
            return written;
        }
        for (String bare : heads) {
            if (folded.endsWith(bare) && folded.length() > bare.length()) {
                String clitics = folded.substring(0, folded.length() - bare.length());
                boolean definite = clitics.endsWith("ال") || clitics.endsWith("لل")
                        || (clitics.endsWith("ل") && bare.startsWith("ل"));
                return (definite ? "ال" : "") + written.substring(clitics.length());
            }
        }
        return written;
    }

    /** Adds the proposals and every later mention of them (by their names and the extra spellings given). */
    private void addProposals(Collection<Proposal> found, Function<Proposal, Stream<String>> spellings) {
        Names index = new Names(words);
        for (Proposal p : found) {
            proposals.add(p);
            index.add(p.entity(), spellings.apply(p), p.entity().name());
        }
        for (Match m : index.find(text)) {
            if (mentions.stream().noneMatch(c -> c.from() < m.to() && m.from() < c.to())) {
                mentions.add(m);
            }
        }
        // a body named only through a minister's title is mentioned there
        for (Proposal p : found) {
            if (mentions.stream().noneMatch(m -> m.entity().equals(p.entity()))) {
                mentions.add(new Match(p.entity(), p.from(), p.to(), true));
            }
        }
        mentions.sort(Comparator.comparingInt(Match::from));
    }

    // word classes

    boolean stop(Token t) {
        return t.isAny(words.stops) || t.folded().equals(words.and);
    }

    boolean isVerb(Token t) {
        return t.isAny(words.speechVerbs) || t.isAny(words.meetVerbs) || t.isAny(words.discussVerbs)
                || t.isAny(words.holdVerbs) || t.isAny(words.convenedVerbs) || t.isAny(words.attendVerbs)
                || t.isAny(words.chairVerbs) || t.isAny(words.organiseWords) || t.isAny(words.producerVerbs);
    }

    private boolean datePart(Token t) {
        return t.bases().stream().anyMatch(b -> words.weekdays.containsKey(b) || words.months.containsKey(b)
                || words.relativeDays.containsKey(b)) || t.is(words.day) || t.is(words.week) || t.is(words.month)
                || t.isAny(words.year);
    }

    private boolean number(Token t) {
        return t.folded().matches(".*\\d.*") || t.isAny(words.units.keySet()) || t.isAny(words.tens.keySet())
                || t.isAny(words.scales.keySet()) || t.isAny(words.vaguePlurals.keySet());
    }

    Set<Entity> entities() {
        return new LinkedHashSet<>(mentions.stream().map(Match::entity).toList());
    }
}
