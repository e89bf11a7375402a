package org.majlis.draft;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * majlis' normalisation, {@code majlis_normalise} (changeset 0010, the one implementation of its rules, tested in
 * {@code text/NormalisationTest}), asked of the database one character at a time, so that a normalised text keeps
 * the offsets of the words it came from. The function works character by character (it folds, maps or drops each
 * character, then turns runs of separators into one space and trims), so normalising {@code ا + c + ا} tells what
 * it does with {@code c}: keeps or maps it, drops it, or makes it a separator. {@code DraftTextTest} checks that
 * this reading equals the function on every seed text and name.
 */
public final class Folding {
    /** What the function makes of a character between two letters: the character's folded form, "" or " ". */
    private final Map<Integer, String> table = new HashMap<>();
    private final Connection connection;

    public Folding(Connection connection) {
        this.connection = connection;
    }

    /** The text as {@code majlis_normalise} makes it, each folded character tied to the characters it came from. */
    public FoldedText fold(String text) {
        learn(text);
        StringBuilder folded = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        boolean pendingSpace = false;
        int spaceFrom = 0;
        for (int at = 0; at < text.length(); ) {
            int codePoint = text.codePointAt(at);
            int next = at + Character.charCount(codePoint);
            String form = table.get(codePoint);
            if (form.equals(" ")) {
                if (!pendingSpace) {
                    spaceFrom = at;
                }
                pendingSpace = folded.length() > 0;
            } else if (form.isEmpty()) {
                if (!spans.isEmpty() && !pendingSpace) {
                    // a dropped mark (tashkeel) belongs to the letter it follows
                    spans.get(spans.size() - 1)[1] = next;
                }
            } else {
                if (pendingSpace) {
                    folded.append(' ');
                    spans.add(new int[] {spaceFrom, at});
                    pendingSpace = false;
                }
                for (int i = 0; i < form.length(); i++) {
                    folded.append(form.charAt(i));
                    spans.add(new int[] {at, next});
                }
            }
            at = next;
        }
        return new FoldedText(text, folded.toString(), spans.stream().mapToInt(s -> s[0]).toArray(),
                spans.stream().mapToInt(s -> s[1]).toArray());
    }

    /** {@link #fold} without the offsets. */
    public String normalise(String text) {
        return fold(text).folded();
    }

    /** Asks the database, in one statement, about the characters of {@code text} not met before. */
    private void learn(String text) {
        List<String> unknown = text.codePoints().filter(c -> !table.containsKey(c)).distinct()
                .mapToObj(Character::toString).toList();
        if (unknown.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT c, majlis_normalise('ا' || c || 'ا') FROM unnest(?::text[]) AS c")) {
            Array characters = connection.createArrayOf("text", unknown.toArray());
            statement.setArray(1, characters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String between = rows.getString(2);
                    // the two alefs stay; what is between them is the character's form (a lone space: a separator)
                    String form = between.equals("ا ا") ? " " : between.substring(1, between.length() - 1);
                    table.put(rows.getString(1).codePointAt(0), form);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot normalise with the database's majlis_normalise: " + e.getMessage(), e);
        }
    }

    /**
     * A text and its normalised form; folded character {@code i} comes from {@code text[from[i], to[i])} (a space
     * from the separators it replaces).
     */
    public record FoldedText(String text, String folded, int[] from, int[] to) {
    }
}
