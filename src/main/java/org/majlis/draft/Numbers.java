package org.majlis.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.majlis.draft.DraftText.Token;

/**
 * Cited numbers of a text: digits of any script (majlis' normalisation makes them ASCII) with the text's separators,
 * and number words (ستة، خمسة وعشرين، ثلاثة آلاف، مليون، عشرات); the words that qualify them (حوالي، أكثر من …) and
 * what they count.
 */
final class Numbers {
    /**
     * A number, words {@code [from, to)} (its qualifier from {@code qualifierFrom}); {@code reading} says how its
     * separators or words were read when that is not plain.
     */
    record Cited(int qualifierFrom, int from, int to, BigDecimal value, String qualifier, String reading) {
    }

    private final DraftText text;
    private final Words words;

    Numbers(DraftText text, Words words) {
        this.text = text;
        this.words = words;
    }

    /** Every cited number outside {@code skip} (the words of dates). */
    List<Cited> find(Set<Integer> skip) {
        List<Cited> found = new ArrayList<>();
        for (int i = 0; i < text.tokens.size(); i++) {
            if (skip.contains(i)) {
                continue;
            }
            Cited cited = digits(i);
            if (cited == null) {
                cited = numberWords(i);
            }
            if (cited == null || yearOf(cited)) {
                continue;
            }
            found.add(qualified(cited));
            i = cited.to() - 1;
        }
        return found;
    }

    /** A number in digits, its separators read as the text's convention, and a scale word after it (4 ملايين). */
    private Cited digits(int i) {
        Token first = text.tokens.get(i);
        // a conjunction may be attached (و٧٠٤), letters may not (ncplhr2011)
        if (!first.folded().matches(words.and + "?\\d+") || glued(first)) {
            return null;
        }
        List<String> groups = new ArrayList<>(List.of(first.folded().replace(words.and, "")));
        List<String> separators = new ArrayList<>();
        int to = i + 1;
        while (to < text.tokens.size() && text.tokens.get(to).folded().matches("\\d+")
                && text.gap(to - 1, to).matches("[.,٬٫]")) {
            separators.add(text.gap(to - 1, to));
            groups.add(text.tokens.get(to).folded());
            to++;
        }
        long scale = scaleAt(to);
        String reading = null;
        BigDecimal value;
        boolean thousands = !separators.isEmpty() && separators.stream().allMatch(s -> s.equals(separators.get(0)))
                && !separators.get(0).equals("٫") && groups.subList(1, groups.size()).stream().allMatch(g -> g.length() == 3)
                && scale == 1;
        if (separators.isEmpty()) {
            value = new BigDecimal(groups.get(0));
        } else if (thousands) {
            value = new BigDecimal(String.join("", groups));
            reading = "'" + separators.get(0) + "' read as the thousands separator (" + text.span(i, to) + " = "
                    + String.format("%,d", value.longValueExact()) + ")";
        } else if (separators.size() == 1) {
            value = new BigDecimal(groups.get(0) + "." + groups.get(1));
            reading = "'" + separators.get(0) + "' read as the decimal point";
        } else {
            return null;
        }
        if (scale > 1) {
            value = value.multiply(BigDecimal.valueOf(scale));
            to++;
        }
        return new Cited(i, i, to, value.stripTrailingZeros(), null, reading);
    }

    /** Digits stuck to Latin letters (ncplhr2011, x2) are part of a name or a handle, no cited number. */
    private boolean glued(Token token) {
        String before = token.start() > 0 ? text.body.substring(token.start() - 1, token.start()) : " ";
        String after = token.end() < text.body.length() ? text.body.substring(token.end(), token.end() + 1) : " ";
        return before.matches("[A-Za-z]") || after.matches("[A-Za-z]");
    }

    /**
     * Number words: [hundreds] [units] [و tens] [scale], e.g. خمسة وعشرين (25), ثلاثة آلاف (3000), ستمائة (600),
     * مليون; or عشرات / مئات / آلاف alone, at least three tens, hundreds or thousands.
     */
    private Cited numberWords(int i) {
        long total = 0;
        int to = i;
        String vague = null;
        Long hundreds = valueAt(to, words.hundreds);
        if (hundreds != null) {
            total += hundreds;
            to++;
        }
        Long unit = valueAt(to, words.units);
        if (unit != null && (to == i || text.tokens.get(to).folded().startsWith(words.and))) {
            total += unit;
            to++;
            if (to < text.tokens.size() && text.tokens.get(to).folded().equals(words.teen) && unit < 10) {
                total += 10;
                to++;
            }
        }
        Long tens = valueAt(to, words.tens);
        if (tens != null && (to == i || text.tokens.get(to).folded().startsWith(words.and))) {
            total += tens;
            to++;
        }
        Long plural = to == i ? valueAt(i, words.vaguePlurals) : null;
        long scale = scaleAt(to);
        if (plural != null) {
            total = plural;
            to++;
            vague = "AT_LEAST";
        } else if (scale > 1) {
            total = (total == 0 ? 1 : total) * scale;
            to++;
        }
        if (to == i || total < 2) {
            return null;
        }
        return new Cited(i, i, to, BigDecimal.valueOf(total), vague, "the number words " + text.span(i, to)
                + (vague == null ? "" : ": a plural of a number means three or more of it"));
    }

    private long scaleAt(int i) {
        Long scale = valueAt(i, words.scales);
        return scale == null ? 1 : scale;
    }

    private Long valueAt(int i, Map<String, Long> table) {
        if (i >= text.tokens.size()) {
            return null;
        }
        Token t = text.tokens.get(i);
        Long exact = table.get(t.folded());
        if (exact != null) {
            return exact;
        }
        // only a conjunction may be attached to a number word (وعشرين), not the article (الخمس is a city, "the five")
        return t.folded().startsWith(words.and) ? table.get(t.folded().substring(1)) : null;
    }

    /** A year (لسنة 2020, عام 2018) is no figure. */
    private boolean yearOf(Cited cited) {
        if (cited.to() - cited.from() != 1 || !text.tokens.get(cited.from()).folded().matches("(19|20|21)\\d\\d")) {
            return false;
        }
        return cited.from() > 0 && text.tokens.get(cited.from() - 1).isAny(Set.of(words.fold("سنة"), words.fold("عام"),
                words.fold("العام"), words.fold("السنة")));
    }

    /** The qualifier phrase just before the number (longest first); a vague plural is AT_LEAST; else EXACT. */
    private Cited qualified(Cited cited) {
        List<String> before = new ArrayList<>();
        for (int k = Math.max(0, cited.from() - 4); k < cited.from(); k++) {
            before.add(text.tokens.get(k).folded());
        }
        for (Map.Entry<List<String>, String> q : words.qualifiers.entrySet()) {
            List<String> phrase = q.getKey();
            int at = before.size() - phrase.size();
            if (at >= 0 && matches(phrase, before.subList(at, before.size()))
                    && text.tokens.get(cited.from() - phrase.size()).clause() == text.tokens.get(cited.from()).clause()) {
                return new Cited(cited.from() - phrase.size(), cited.from(), cited.to(), cited.value(), q.getValue(),
                        cited.reading());
            }
        }
        return new Cited(cited.from(), cited.from(), cited.to(), cited.value(),
                cited.qualifier() == null ? "EXACT" : cited.qualifier(), cited.reading());
    }

    /** The phrase's first word may carry a conjunction (وأكثر من). */
    private static boolean matches(List<String> phrase, List<String> tokens) {
        String first = tokens.get(0);
        boolean head = first.equals(phrase.get(0)) || (first.startsWith("و") && first.substring(1).equals(phrase.get(0)));
        return head && phrase.subList(1, phrase.size()).equals(tokens.subList(1, tokens.size()));
    }
}
