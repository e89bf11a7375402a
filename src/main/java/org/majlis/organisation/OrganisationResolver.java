package org.majlis.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.majlis.graphql.BadUserInputException;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Sql;
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
    @SuppressWarnings("unchecked")
    public List<Long> resolve(String argument, OrganisationMatch match) {
        Sql ids = idsSql(argument, match, "org");
        if (ids == null) {
            return null;
        }
        List<Number> rows = ids.bind(em.createNativeQuery("SELECT id FROM organisation WHERE id IN (" + ids.text()
                + ")")).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /**
     * The ids the match selects, as a subquery to put inside {@code IN (...)}, so that the statement that uses it
     * needs no lookup of its own: by ids, or by name ({@link NameSearch#bestIdsSql}); null when the match is absent.
     * Parameters are named {@code name…}.
     */
    public Sql idsSql(String argument, OrganisationMatch match, String name) {
        if (match == null) {
            return null;
        }
        boolean byIds = match.ids != null;
        boolean byName = match.name != null;
        if (byIds == byName) {
            throw new BadUserInputException("`" + argument + "` needs exactly one of `ids` or `name`.");
        }
        String selected;
        Map<String, Object> params = new HashMap<>();
        if (byIds) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < match.ids.size(); i++) {
                keys.add(GlobalId.keyOf(argument + ".ids[" + i + "]", match.ids.get(i), OrganisationType.TYPE));
            }
            selected = "SELECT o.id FROM organisation o WHERE o.key IN (:" + name + "Keys)";
            params.put(name + "Keys", keys);
        } else {
            Sql best = names.bestIdsSql(Register.ORGANISATION, names.normalise(argument + ".name", match.name), name);
            selected = best.text();
            params.putAll(best.params());
        }
        if (!match.includeSubOrganisations) {
            return Sql.of(selected, params);
        }
        return Sql.of("WITH RECURSIVE tree(id) AS (" + selected + " UNION SELECT o.id FROM organisation o JOIN tree t"
                + " ON o.parent_id = t.id) SELECT id FROM tree", params);
    }
}
