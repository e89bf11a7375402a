package org.majlis.person;

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
import org.majlis.graphql.Batch;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.NotFoundException;
import org.majlis.graphql.Page;
import org.majlis.graphql.ReadOnly;
import org.majlis.graphql.Selection;
import org.majlis.graphql.AliasType;
import org.majlis.text.NameMatchType;
import org.majlis.text.NameSearch;
import org.majlis.text.NameSearch.Register;

@GraphQLApi
@Transactional
@ReadOnly
public class PersonApi {
    @Inject
    RecordVersionsLoader recordVersions;
    @Inject
    Selection selection;
    @Inject
    NameSearch names;

    @Query("people")
    @NonNull
    @Description("People, ordered by key; with a `name` filter, best match first (exact name, then names starting"
            + " with it, then similar names), each edge saying which name matched.")
    public PersonConnection people(@Description("Which people.") PersonFilter filter,
            @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before) {
        if (filter != null && filter.name != null) {
            String name = names.normalise("filter.name", filter.name);
            Map<Long, NameMatchType> matches = new HashMap<>();
            Page<PersonType> page = Page.of(first, after, last, before, (offset, limit) -> {
                List<NameSearch.Hit> hits = names.ranked(Register.PERSON, name, Map.of(), offset, limit);
                hits.forEach(hit -> matches.put(hit.id(), hit.match()));
                return peopleOf(hits.stream().map(NameSearch.Hit::id).toList());
            }, () -> names.count(Register.PERSON, name, Map.of()), selection);
            return new PersonConnection(page, matches::get);
        }
        Page<PersonType> page = Page.of(first, after, last, before,
                (offset, limit) -> PersonSql.page(offset, limit).list(Person.getEntityManager(), Person.class)
                        .stream().map(PersonType::from).toList(),
                () -> (int) Person.count(), selection);
        return new PersonConnection(page, id -> null);
    }

    /** The people with these row ids, in one statement, in the same order; null where the id is null. */
    public static List<PersonType> peopleOf(List<Long> ids) {
        Map<Long, Person> found = Batch.byId(Person.class, ids, p -> p.id);
        return ids.stream().map(id -> id == null ? null : PersonType.from(found.get(id))).toList();
    }

    @Query("person")
    @Description("One person by id. An unknown id is a NOT_FOUND error.")
    public PersonType person(@Id @NonNull @Description("The global id, as returned in `id`.") String id) {
        return NotFoundException.unlessFound(byKey(GlobalId.keyOf("id", id, PersonType.TYPE)), "person", id);
    }

    @NonNull
    @Description("Every other spelling of the name seen in the sources.")
    public List<List<@NonNull AliasType>> aliases(@Source List<PersonType> people) {
        List<Long> ids = people.stream().map(PersonType::dbId).toList();
        List<PersonAlias> aliases = PersonAlias.list("personId in ?1 order by id", ids);
        return Batch.groupByParent(ids, aliases, a -> a.personId).stream()
                .map(list -> list.stream().map(a -> new AliasType(a.lang, a.text)).toList()).toList();
    }

    /** For {@code node(id)}: the person with this key, or null. */
    public static PersonType byKey(String key) {
        Person person = Person.find("key", key).firstResult();
        return person == null ? null : PersonType.from(person);
    }

    @Description(RecordVersions.FIELD)
    public List<RecordVersions> versions(@Source List<PersonType> people) {
        return recordVersions.of(RecordType.PERSON, people.stream().map(PersonType::key).toList());
    }
}
