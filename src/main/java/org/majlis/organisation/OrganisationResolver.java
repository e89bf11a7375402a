package org.majlis.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.majlis.graphql.BadUserInputException;
import org.majlis.graphql.GlobalId;
import org.majlis.text.NameSearch;
import org.majlis.text.NameSearch.Register;

/** Turns an {@link OrganisationMatch} into organisation row ids. */
@ApplicationScoped
public class OrganisationResolver {
    @Inject
    EntityManager em;
    @Inject
    NameSearch names;

    /** @return the matching ids (possibly empty), or null when the match is absent and so selects everything */
    public List<Long> resolve(String argument, OrganisationMatch match) {
        if (match == null) {
            return null;
        }
        boolean byIds = match.ids != null;
        boolean byName = match.name != null;
        if (byIds == byName) {
            throw new BadUserInputException("`" + argument + "` needs exactly one of `ids` or `name`.");
        }
        List<Long> ids = byIds ? byIds(argument, match.ids) : byName(argument, match.name);
        return match.includeSubOrganisations && !ids.isEmpty() ? withDescendants(ids) : ids;
    }

    private List<Long> byIds(String argument, List<String> globalIds) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < globalIds.size(); i++) {
            keys.add(GlobalId.keyOf(argument + ".ids[" + i + "]", globalIds.get(i), OrganisationType.TYPE));
        }
        return em.createQuery("select o.id from Organisation o where o.key in :keys", Long.class)
                .setParameter("keys", keys).getResultList();
    }

    private List<Long> byName(String argument, String name) {
        return names.bestIds(Register.ORGANISATION, names.normalise(argument + ".name", name));
    }

    @SuppressWarnings("unchecked")
    private List<Long> withDescendants(List<Long> ids) {
        List<Number> rows = em.createNativeQuery("WITH RECURSIVE tree(id) AS ("
                + " SELECT id FROM organisation WHERE id IN (:ids)"
                + " UNION SELECT o.id FROM organisation o JOIN tree t ON o.parent_id = t.id) SELECT id FROM tree")
                .setParameter("ids", ids).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }
}
