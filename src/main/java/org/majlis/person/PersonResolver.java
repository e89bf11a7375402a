package org.majlis.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.majlis.graphql.BadUserInputException;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Sql;
import org.majlis.text.NameSearch;
import org.majlis.text.NameSearch.Register;

/** Turns a {@link PersonMatch} into person row ids. */
@ApplicationScoped
public class PersonResolver {
    @Inject
    NameSearch names;

    /**
     * The ids the match selects, as a subquery to put inside {@code IN (...)}: by ids, or by name ({@link
     * NameSearch#bestIdsSql}); null when the match is absent and so selects everyone. Parameters are named
     * {@code name…}.
     */
    public Sql idsSql(String argument, PersonMatch match, String name) {
        if (match == null) {
            return null;
        }
        if ((match.ids != null) == (match.name != null)) {
            throw new BadUserInputException("`" + argument + "` needs exactly one of `ids` or `name`.");
        }
        if (match.name != null) {
            return names.bestIdsSql(Register.PERSON, names.normalise(argument + ".name", match.name), name);
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < match.ids.size(); i++) {
            keys.add(GlobalId.keyOf(argument + ".ids[" + i + "]", match.ids.get(i), PersonType.TYPE));
        }
        return Sql.of("SELECT p.id FROM person p WHERE p.key IN (:" + name + "Keys)", Map.of(name + "Keys", keys));
    }
}
