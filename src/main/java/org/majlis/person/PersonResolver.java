package org.majlis.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.majlis.graphql.BadUserInputException;
import org.majlis.graphql.GlobalId;
import org.majlis.text.NameSearch;
import org.majlis.text.NameSearch.Register;

/** Turns a {@link PersonMatch} into person row ids. */
@ApplicationScoped
public class PersonResolver {
    @Inject
    EntityManager em;
    @Inject
    NameSearch names;

    /** @return the matching ids (possibly empty), or null when the match is absent and so selects everyone */
    public List<Long> resolve(String argument, PersonMatch match) {
        if (match == null) {
            return null;
        }
        if ((match.ids != null) == (match.name != null)) {
            throw new BadUserInputException("`" + argument + "` needs exactly one of `ids` or `name`.");
        }
        if (match.name != null) {
            return byName(argument, match.name);
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < match.ids.size(); i++) {
            keys.add(GlobalId.keyOf(argument + ".ids[" + i + "]", match.ids.get(i), PersonType.TYPE));
        }
        return em.createQuery("select p.id from Person p where p.key in :keys", Long.class)
                .setParameter("keys", keys).getResultList();
    }

    private List<Long> byName(String argument, String name) {
        return names.bestIds(Register.PERSON, names.normalise(argument + ".name", name));
    }
}
