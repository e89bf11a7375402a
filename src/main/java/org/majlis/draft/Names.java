package org.majlis.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.majlis.draft.DraftText.Token;
import org.majlis.seed.SeedFiles.AliasSpec;
import org.majlis.seed.SeedFiles.Bilingual;
import org.majlis.seed.SeedLoader.Reference;

/**
 * The names a draft can recognise, each with every spelling the reference data gives (names in both languages,
 * acronyms, aliases), found in a text after majlis' normalisation, clitics allowed on a name's first word (and the
 * article on a person's or place's later words: عثمان البلبيسي / عثمان بلبيسي), the longest match preferred
 * (بعثة المنظمة الدولية للهجرة في ليبيا is IOM Libya, not IOM).
 */
final class Names {
    enum Kind { ORGANISATION, PERSON, PLACE }

    /** A record the text may name: from the reference data, or proposed by the draft ({@code proposed}). */
    record Entity(Kind kind, String key, Bilingual name, String parent, boolean proposed) {
    }

    /** Where a text names an entity, words {@code [from, to)}; {@code throughTitle}: وزير X names وزارة X. */
    record Match(Entity entity, int from, int to, boolean throughTitle) {
        boolean covers(int token) {
            return token >= from && token < to;
        }
    }

    private record Entry(Entity entity, List<String> words) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    private final Words words;

    Names(Words words) {
        this.words = words;
    }

    static Names of(Reference reference, Words words) {
        Names names = new Names(words);
        reference.organisations().forEach(o -> names.add(new Entity(Kind.ORGANISATION, o.key(), o.name(), o.parent(),
                false), Stream.concat(Stream.of(o.acronym()), aliases(o.aliases())), o.name()));
        reference.people().forEach(p -> names.add(new Entity(Kind.PERSON, p.key(), p.name(), null, false),
                aliases(p.aliases()), p.name()));
        reference.places().forEach(p -> names.add(new Entity(Kind.PLACE, p.key(), p.name(), null, false),
                aliases(p.aliases()), p.name()));
        return names;
    }

    private static Stream<String> aliases(List<AliasSpec> aliases) {
        return aliases == null ? Stream.empty() : aliases.stream().map(AliasSpec::text);
    }

    /** Adds an entity under its names and the other spellings given. */
    void add(Entity entity, Stream<String> spellings, Bilingual name) {
        if (entity.parent() != null) {
            parents.put(entity.key(), entity.parent());
        }
        Stream.concat(Stream.of(name.ar(), name.en()), spellings).filter(s -> s != null && !s.isBlank())
                .map(words::fold).filter(s -> !s.isEmpty()).distinct().forEach(spelling -> {
                    List<String> parts = List.of(spelling.split(" "));
                    byFirstWord.computeIfAbsent(parts.get(0), k -> new ArrayList<>()).add(new Entry(entity, parts));
                });
    }

    /** Every entity the text names, longest names first, no two overlapping; in text order. */
    List<Match> find(DraftText text) {
        List<Match> candidates = new ArrayList<>();
        for (Token token : text.tokens) {
            for (String base : token.bases()) {
                for (Entry entry : byFirstWord.getOrDefault(base, List.of())) {
                    int to = rest(text, entry, token.index() + 1);
                    if (to > 0) {
                        candidates.add(new Match(entry.entity(), token.index(), to, false));
                    }
                }
            }
            if (token.isAny(words.minister)) {
                // وزير الداخلية names وزارة الداخلية
                for (Entry entry : byFirstWord.getOrDefault(words.ministry, List.of())) {
                    int to = rest(text, entry, token.index() + 1);
                    if (to > 0) {
                        candidates.add(new Match(entry.entity(), token.index(), to, true));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Match m) -> m.to() - m.from()).reversed()
                .thenComparingInt(m -> text.tokens.get(m.from()).start() - text.tokens.get(m.to() - 1).end())
                .thenComparingInt(Match::from));
        List<Match> chosen = new ArrayList<>();
        for (Match m : candidates) {
            if (chosen.stream().noneMatch(c -> c.from() < m.to() && m.from() < c.to())) {
                chosen.add(m);
            }
        }
        // a parent named inside a longer name as what it belongs to, after ل or بـ (لحكومة الوفاق الوطني in وزارة
        // الخارجية الليبية لحكومة الوفاق الوطني), not as part of it (الاتحاد الأوروبي in بعثة الاتحاد الأوروبي)
        for (Match outer : List.copyOf(chosen)) {
            Set<String> ancestors = ancestors(outer.entity());
            List<Match> nested = new ArrayList<>();
            // candidates come longest first: حكومة الوفاق الوطني, not also حكومة الوفاق
            candidates.stream().filter(m -> m.from() > outer.from() && m.to() <= outer.to()
                    && ancestors.contains(m.entity().key()) && genitive(text.tokens.get(m.from()), m.entity())
                    && nested.stream().noneMatch(n -> n.from() < m.to() && m.from() < n.to())).forEach(nested::add);
            chosen.addAll(nested);
        }
        chosen.sort(Comparator.comparingInt(Match::from).thenComparing(Comparator.comparingInt(Match::to).reversed()));
        return chosen;
    }

    private boolean genitive(Token first, Entity entity) {
        String name = words.fold(entity.name().ar());
        return (first.folded().startsWith("ل") && !name.startsWith("ل"))
                || (first.folded().startsWith("ب") && !name.startsWith("ب"));
    }

    private Set<String> ancestors(Entity entity) {
        Set<String> chain = new HashSet<>();
        for (String at = entity.parent(); at != null && chain.add(at); at = parents.get(at)) {
            // follow the parents
        }
        return chain;
    }

    /** Where the entry's later words end if they follow from {@code at}, or -1. */
    private static int rest(DraftText text, Entry entry, int at) {
        List<String> parts = entry.words();
        if (at - 1 + parts.size() > text.tokens.size()) {
            return -1;
        }
        for (int j = 1; j < parts.size(); j++) {
            Token token = text.tokens.get(at - 1 + j);
            if (!text.gap(token.index() - 1, token.index()).isBlank() || !same(entry.entity().kind(), parts.get(j), token)) {
                return -1;
            }
        }
        return at - 1 + parts.size();
    }

    private static boolean same(Kind kind, String part, Token token) {
        if (token.folded().equals(part)) {
            return true;
        }
        // a person's or a place's later words may carry or drop the article: عثمان البلبيسي / عثمان بلبيسي
        return kind != Kind.ORGANISATION && (token.folded().equals("ال" + part) || part.equals("ال" + token.folded()));
    }
}
