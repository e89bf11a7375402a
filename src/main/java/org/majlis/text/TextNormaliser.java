package org.majlis.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.majlis.graphql.BadUserInputException;

/**
 * Normalises what a user typed with the database's own {@code majlis_normalise} (changeset 0010), the one
 * implementation of the matching rules, so a query and the indexed text are folded alike.
 */
@ApplicationScoped
public class TextNormaliser {
    /** Longest text accepted where a name or a search query is given, in characters. */
    public static final int MAX_LENGTH = 200;

    @Inject
    EntityManager em;

    /**
     * @return the normalised text, never empty; normalised text has no LIKE or regex wildcards (they fold into
     *     spaces), so it can be used in patterns as it is
     */
    public String normalise(String argument, String text) {
        if (text.length() > MAX_LENGTH) {
            throw new BadUserInputException("`" + argument + "` is too long: " + text.length() + " characters, at most "
                    + MAX_LENGTH + ".");
        }
        String normalised = (String) em.createNativeQuery("SELECT majlis_normalise(:t)").setParameter("t", text)
                .getSingleResult();
        if (normalised.isEmpty()) {
            throw new BadUserInputException("`" + argument + "` has nothing to match: give at least one letter or digit"
                    + " (punctuation, spaces and Arabic diacritics are ignored).");
        }
        return normalised;
    }
}
