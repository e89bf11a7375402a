package org.majlis.organisation;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.dataset.RecordType;
import org.majlis.dataset.RecordVersions;
import org.majlis.dataset.RecordVersionsLoader;
import org.majlis.graphql.AliasType;
import org.majlis.graphql.Batch;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.NotFoundException;
import org.majlis.graphql.Page;
import org.majlis.graphql.ReadOnly;
import org.majlis.graphql.Selection;
import org.majlis.graphql.Sql;
import org.majlis.text.NameMatchType;
import org.majlis.text.NameSearch;
import org.majlis.text.NameSearch.Register;

@GraphQLApi
@Transactional
@ReadOnly
public class OrganisationApi {
    @Inject
    RecordVersionsLoader recordVersions;
    @Inject
    Selection selection;
    @Inject
    NameSearch names;

    @Query("organisations")
    @NonNull
    @Description("Organisations, ordered by key; with a `name` filter, best match first (exact name, then names"
            + " starting with it, then similar names), each edge saying which name matched.")
    public OrganisationConnection organisations(
            @Description("Which organisations; all given fields must hold.") OrganisationFilter filter,
            @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before) {
        Map<String, Object> equal = filter == null || filter.kind == null ? Map.of() : Map.of("kind", filter.kind.name());
        if (filter != null && filter.name != null) {
            String name = names.normalise("filter.name", filter.name);
            Map<Long, NameMatchType> matches = new HashMap<>();
            Page<OrganisationType> page = Page.of(first, after, last, before, (offset, limit) -> {
                List<NameSearch.Hit> hits = names.ranked(Register.ORGANISATION, name, equal, offset, limit);
                hits.forEach(hit -> matches.put(hit.id(), hit.match()));
                return organisationsOf(hits.stream().map(NameSearch.Hit::id).toList());
            }, () -> names.count(Register.ORGANISATION, name, equal), selection);
            return new OrganisationConnection(page, matches::get);
        }
        OrganisationKind kind = filter == null ? null : filter.kind;
        Page<OrganisationType> page = Page.of(first, after, last, before,
                (offset, limit) -> OrganisationSql.page(kind, offset, limit).list(Organisation.getEntityManager(),
                        Organisation.class).stream().map(OrganisationType::from).toList(),
                () -> OrganisationSql.count(kind).count(Organisation.getEntityManager()), selection);
        return new OrganisationConnection(page, id -> null);
    }

    @Query("organisation")
    @Description("One organisation by id. An unknown id is a NOT_FOUND error.")
    public OrganisationType organisation(@Id @NonNull @Description("The global id, as returned in `id`.") String id) {
        return NotFoundException.unlessFound(byKey(GlobalId.keyOf("id", id, OrganisationType.TYPE)), "organisation", id);
    }

    @Description("The organisation this one belongs to (e.g. IOM for DTM); null at the top.")
    public List<OrganisationType> parent(@Source List<OrganisationType> organisations) {
        return organisationsOf(organisations.stream().map(OrganisationType::parentId).toList());
    }

    /** The organisations with these row ids, in one statement, in the same order; null where the id is null. */
    public static List<OrganisationType> organisationsOf(List<Long> ids) {
        Map<Long, Organisation> found = Batch.byId(Organisation.class, ids, o -> o.id);
        return ids.stream().map(id -> id == null ? null : OrganisationType.from(found.get(id))).toList();
    }

    @NonNull
    @Description("The organisations directly below this one, ordered by key.")
    public List<List<@NonNull OrganisationType>> children(@Source List<OrganisationType> organisations) {
        List<Long> ids = organisations.stream().map(OrganisationType::dbId).toList();
        List<OrganisationType> children = Organisation.<Organisation>list("parentId in ?1 order by key", ids).stream()
                .map(OrganisationType::from).toList();
        return Batch.groupByParent(ids, children, OrganisationType::parentId);
    }

    @NonNull
    @Description("Every other spelling of the name seen in the sources or in common use.")
    public List<List<@NonNull AliasType>> aliases(@Source List<OrganisationType> organisations) {
        List<Long> ids = organisations.stream().map(OrganisationType::dbId).toList();
        List<OrganisationAlias> aliases = OrganisationAlias.list("organisationId in ?1 order by id", ids);
        return Batch.groupByParent(ids, aliases, a -> a.organisationId).stream()
                .map(list -> list.stream().map(a -> new AliasType(a.lang, a.text)).toList()).toList();
    }

    /** For {@code node(id)}: the organisation with this key, or null. */
    public static OrganisationType byKey(String key) {
        Organisation org = Organisation.find("key", key).firstResult();
        return org == null ? null : OrganisationType.from(org);
    }

    @Description(RecordVersions.FIELD)
    public List<RecordVersions> versions(@Source List<OrganisationType> organisations) {
        return recordVersions.of(RecordType.ORGANISATION, organisations.stream().map(OrganisationType::key).toList());
    }
}
