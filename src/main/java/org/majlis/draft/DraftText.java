package org.majlis.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.majlis.draft.Folding.FoldedText;

/**
 * A text read for drafting: its words after majlis' normalisation, each with its place in the text, its sentence and
 * clause, and the forms it may have without its clitics. Addresses and e-mail addresses are no words (their parts
 * would read as names, such as "eu" in "eeas.europa.eu").
 */
final class DraftText {
    /** Conjunctions that may open a word, then prepositions, then the article (ل + ال is written لل). */
    private static final List<String> CONJUNCTIONS = List.of("", "و", "ف");
    private static final List<String> PREPOSITIONS = List.of("", "ب", "ل", "ك");
    private static final Pattern ADDRESS = Pattern.compile("\\S+@\\S+|https?://\\S+|www\\.\\S+");
    /** Ends a sentence: a line break, or . ! ? ؟ before a space or the end (not the dot of 704.142 or of an address). */
    private static final Pattern SENTENCE_END = Pattern.compile("\\n|[.!?؟](?=\\s|$)");
    /** Ends a clause as well: commas and semicolons (not the separators of 2,340) and dashes set off by spaces. */
    private static final Pattern CLAUSE_END = Pattern.compile("[،؛;:]|,(?!\\d)|\\s[-–—]\\s");

    /** A word: its normalised form, its place in the text ({@code [start, end)}), its sentence and clause. */
    record Token(int index, String folded, int start, int end, int sentence, int clause, Set<String> bases) {
        /** Whether the word is {@code word}, or {@code word} with clitics attached. */
        boolean is(String word) {
            return bases.contains(word);
        }

        boolean isAny(Set<String> words) {
            for (String base : bases) {
                if (words.contains(base)) {
                    return true;
                }
            }
            return false;
        }
    }

    final String body;
    final List<Token> tokens;
    private final Folding folding;

    DraftText(String body, Folding folding) {
        this.body = body;
        this.folding = folding;
        this.tokens = tokenise(body, folding);
    }

    String fold(String text) {
        return folding.normalise(text);
    }

    /** The text between two words, or before the first / after the last. */
    String gap(int left, int right) {
        int from = left < 0 ? 0 : tokens.get(left).end();
        int to = right >= tokens.size() ? body.length() : tokens.get(right).start();
        return from <= to ? body.substring(from, to) : "";
    }

    /** Whether punctuation other than quotation marks stands between word {@code i} and the next. */
    boolean brokenAfter(int i) {
        if (i + 1 >= tokens.size()) {
            return true;
        }
        Token a = tokens.get(i);
        Token b = tokens.get(i + 1);
        if (a.sentence() != b.sentence() || a.clause() != b.clause()) {
            return true;
        }
        return gap(i, i + 1).matches(".*[()\\[\\]\"'-].*");
    }

    String span(int fromToken, int toToken) {
        return body.substring(tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
    }

    private static List<Token> tokenise(String body, Folding folding) {
        List<int[]> addresses = new ArrayList<>();
        for (Matcher m = ADDRESS.matcher(body); m.find(); ) {
            addresses.add(new int[] {m.start(), m.end()});
        }
        int[] sentenceOf = boundaries(body, SENTENCE_END);
        int[] clauseOf = boundaries(body, Pattern.compile(SENTENCE_END.pattern() + "|" + CLAUSE_END.pattern()));
        FoldedText folded = folding.fold(body);
        List<int[]> words = new ArrayList<>();
        String f = folded.folded();
        for (int i = 0; i < f.length(); ) {
            int j = f.indexOf(' ', i);
            j = j < 0 ? f.length() : j;
            words.add(new int[] {i, j});
            i = j + 1;
        }
        List<Token> tokens = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            int start = folded.from()[words.get(w)[0]];
            int end = folded.to()[words.get(w)[1] - 1];
            String form = f.substring(words.get(w)[0], words.get(w)[1]);
            if (inside(addresses, start)) {
                continue;
            }
            // a conjunction written apart (و النازحين) belongs to the next word, as it would when attached
            if (form.equals("و") && w + 1 < words.size() && body.substring(end, folded.from()[words.get(w + 1)[0]]).isBlank()) {
                w++;
                end = folded.to()[words.get(w)[1] - 1];
                form = form + f.substring(words.get(w)[0], words.get(w)[1]);
            }
            tokens.add(new Token(tokens.size(), form, start, end, sentenceOf[start], clauseOf[start], bases(form)));
        }
        return List.copyOf(tokens);
    }

    /** For each character of the body, the number of boundaries before it. */
    private static int[] boundaries(String body, Pattern end) {
        int[] index = new int[body.length() + 1];
        Matcher m = end.matcher(body);
        int count = 0;
        int at = 0;
        while (m.find()) {
            for (; at < m.end(); at++) {
                index[at] = count;
            }
            count++;
        }
        for (; at <= body.length(); at++) {
            index[at] = count;
        }
        return index;
    }

    private static boolean inside(List<int[]> spans, int at) {
        return spans.stream().anyMatch(s -> at >= s[0] && at < s[1]);
    }

    /**
     * The forms a word may have without clitics: itself; without a conjunction and a preposition (وب، ول، فل…); with
     * the article restored after ل (للمنظمة → المنظمة, للجنة → اللجنة); without the article (البلبيسي → بلبيسي). At least two
     * letters remain.
     */
    static Set<String> bases(String word) {
        Set<String> bases = new LinkedHashSet<>();
        bases.add(word);
        for (String conjunction : CONJUNCTIONS) {
            for (String preposition : PREPOSITIONS) {
                String prefix = conjunction + preposition;
                if (!word.startsWith(prefix)) {
                    continue;
                }
                String rest = word.substring(prefix.length());
                if (rest.length() >= 2) {
                    bases.add(rest);
                    if (preposition.equals("ل") && rest.startsWith("ل")) {
                        // للمنظمة = ل + المنظمة; للجنة = ل + اللجنة
                        bases.add("ا" + rest);
                        bases.add("ال" + rest);
                    }
                    if (rest.startsWith("ال") && rest.length() >= 4) {
                        bases.add(rest.substring(2));
                    }
                }
            }
        }
        return bases;
    }
}
