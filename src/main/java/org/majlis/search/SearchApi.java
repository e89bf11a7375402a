package org.majlis.search;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.majlis.document.DocumentApi;
import org.majlis.figure.CitedFigure;
import org.majlis.figure.FigureType;
import org.majlis.graphql.Batch;
import org.majlis.graphql.BadUserInputException;
import org.majlis.graphql.Node;
import org.majlis.graphql.Page;
import org.majlis.graphql.ReadOnly;
import org.majlis.graphql.Selection;
import org.majlis.meeting.MeetingApi;
import org.majlis.organisation.OrganisationApi;
import org.majlis.person.PersonApi;
import org.majlis.text.NameSearch;
import org.majlis.text.NameSearch.Register;
import org.majlis.text.TextNormaliser;

/**
 * Full-text search over meetings, organisations, people, figures and documents, in Arabic and English. The
 * query is normalised like the indexed text (changeset 0010); a record matches when each of the query's words
 * occurs in its text, or, for names, when a name is similar (see {@link NameSearch}). Long texts are not matched
 * by similarity: a query sharing one common word with them is "similar" to thousands (4 s at benchmark scale L).
 * All matching and ranking is SQL over trigram indexes.
 */
@GraphQLApi
@Transactional
@ReadOnly
public class SearchApi {
    /** Most words a query may have: each is one indexed condition. */
    static final int MAX_WORDS = 10;

    @Inject
    EntityManager em;
    @Inject
    TextNormaliser normaliser;
    @Inject
    Selection selection;

    /** A normalised query: the whole text, its words, and its value when it is a number. */
    private record Terms(String text, List<String> words, BigDecimal number) {
        static Terms of(String normalised) {
            List<String> words = List.of(normalised.split(" "));
            if (words.size() > MAX_WORDS) {
                throw new BadUserInputException("`query` has " + words.size() + " words; at most " + MAX_WORDS + ".");
            }
            // "704.142" and "٧٠٤٫١٤٢" both normalise to "704 142": digits apart only by separators are one number
            boolean numeric = normalised.matches("[0-9 ]+");
            return new Terms(normalised, words, numeric ? new BigDecimal(normalised.replace(" ", "")) : null);
        }

        /** Every word occurs in one of the columns (trigram-indexed LIKE, ANDed per word). */
        String allWordsIn(String... columns) {
            List<String> perWord = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                List<String> anyColumn = new ArrayList<>();
                for (String column : columns) {
                    anyColumn.add(column + " LIKE :w" + i);
                }
                perWord.add("(" + String.join(" OR ", anyColumn) + ")");
            }
            return "(" + String.join(" AND ", perWord) + ")";
        }

        jakarta.persistence.Query bind(jakarta.persistence.Query query) {
            // the union holds only the parts of the types asked for, so not every parameter is in it
            Set<String> declared = new HashSet<>();
            query.getParameters().forEach(parameter -> declared.add(parameter.getName()));
            Map<String, Object> values = new HashMap<>();
            values.put("q", text);
            values.put("prefix", text + "%");
            for (int i = 0; i < words.size(); i++) {
                values.put("w" + i, "%" + words.get(i) + "%");
            }
            values.put("number", number);
            values.forEach((name, value) -> {
                if (declared.contains(name)) {
                    query.setParameter(name, value);
                }
            });
            return query;
        }
    }

    @Query("search")
    @NonNull
    @Description("Finds meetings, organisations, people, figures and documents by text in Arabic or English, best"
            + " first. The query (1 to 200 characters, at most 10 words) is normalised like the stored text: letter"
            + " case, hamza on alef, alef maqsura, ta marbuta, diacritics, tatweel, Arabic-Indic digits and"
            + " punctuation do not matter. A record matches when every word occurs in its text (`الهجرة` also finds"
            + " `للهجرة`), or when one of its names is similar to the whole query.")
    public SearchConnection search(@NonNull @Description("What to look for, e.g. `Belbeisi`, `الامم المتحده`,"
            + " `٧٠٤١٤٢` or `IOM ليبيا`.") String query,
            @Description("Only these kinds of record; all when omitted.") List<SearchType> types,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before) {
        if (types != null && (types.isEmpty() || types.contains(null))) {
            throw new BadUserInputException("`types` must list at least one type and no null; omit it to search all.");
        }
        Terms terms = Terms.of(normaliser.normalise("query", query));
        String candidates = candidates(terms, types == null ? EnumSet.allOf(SearchType.class) : EnumSet.copyOf(types));
        Page<SearchResultType> page = Page.of(first, after, last, before, (offset, limit) -> {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = terms.bind(em.createNativeQuery("SELECT * FROM (" + candidates + ") s"
                    + " ORDER BY score DESC, type, key OFFSET :offset LIMIT :limit", Tuple.class))
                    .setParameter("offset", offset).setParameter("limit", limit).getResultList();
            return results(terms, rows);
        }, () -> ((Number) terms.bind(em.createNativeQuery("SELECT count(*) FROM (" + candidates + ") s"))
                .getSingleResult()).intValue(), selection);
        return new SearchConnection(page);
    }

    /** One row per matching record: type, id, key, score, and for names the field and text that matched. */
    private static String candidates(Terms terms, Set<SearchType> types) {
        List<String> parts = new ArrayList<>();
        if (types.contains(SearchType.ORGANISATION)) {
            parts.add(names(SearchType.ORGANISATION, Register.ORGANISATION));
        }
        if (types.contains(SearchType.PERSON)) {
            parts.add(names(SearchType.PERSON, Register.PERSON));
        }
        if (types.contains(SearchType.MEETING)) {
            parts.add("SELECT 'MEETING' AS type, m.id, m.key, word_similarity(:q, m.search_norm) AS score,"
                    + " NULL AS field, NULL AS text FROM meeting m WHERE " + terms.allWordsIn("m.search_norm"));
        }
        if (types.contains(SearchType.DOCUMENT)) {
            parts.add("SELECT 'DOCUMENT' AS type, d.id, d.slug AS key, greatest(word_similarity(:q, d.title_norm),"
                    + " word_similarity(:q, d.body_norm)) AS score, NULL AS field, NULL AS text FROM source_document d WHERE "
                    + terms.allWordsIn("d.title_norm", "d.body_norm"));
        }
        if (types.contains(SearchType.FIGURE)) {
            String isValue = terms.number() == null ? "false" : "f.value = :number";
            parts.add("SELECT 'FIGURE' AS type, f.id, f.key, CASE WHEN " + isValue + " THEN 2 ELSE"
                    + " word_similarity(:q, f.search_norm) END AS score, NULL AS field, NULL AS text FROM cited_figure f WHERE " + terms.allWordsIn("f.search_norm")
                    + " OR " + isValue);
        }
        return String.join(" UNION ALL ", parts);
    }

    private static String names(SearchType type, Register register) {
        return "SELECT '" + type + "' AS type, h.id, h.key, h.score + CASE WHEN h.tier = 0 THEN 1 ELSE 0 END AS score,"
                + " CASE h.kind WHEN 'NAME' THEN 'name.' || h.lang ELSE lower(h.kind) END AS field, h.text"
                + " FROM (" + register.hitsSql() + ") h";
    }

    /** The page's records, their best-matching fields and snippets: one statement per kind of record present. */
    private List<SearchResultType> results(Terms terms, List<Tuple> rows) {
        Map<SearchType, List<Long>> idsByType = new LinkedHashMap<>();
        rows.forEach(row -> idsByType.computeIfAbsent(SearchType.valueOf((String) row.get("type")),
                t -> new ArrayList<>()).add(id(row)));
        Map<SearchType, Map<Long, Node>> items = new HashMap<>();
        Map<SearchType, Map<Long, Match>> matches = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            items.put(type, byId(ids, nodes(type, ids)));
            matches.put(type, matches(type, terms, ids));
        });
        return rows.stream().map(row -> {
            SearchType type = SearchType.valueOf((String) row.get("type"));
            long id = id(row);
            Match match = row.get("field") != null ? new Match((String) row.get("field"), (String) row.get("text"), null)
                    : matches.get(type).get(id);
            return new SearchResultType(((Number) row.get("score")).doubleValue(), type, match.field(), match.text(),
                    match.snippet(), items.get(type).get(id));
        }).toList();
    }

    private record Match(String field, String text, SnippetType snippet) {
    }

    private static List<? extends Node> nodes(SearchType type, List<Long> ids) {
        return switch (type) {
            case MEETING -> MeetingApi.meetingsOf(ids);
            case ORGANISATION -> OrganisationApi.organisationsOf(ids);
            case PERSON -> PersonApi.peopleOf(ids);
            case DOCUMENT -> DocumentApi.documentsOf(ids);
            case FIGURE -> {
                Map<Long, CitedFigure> found = Batch.byId(CitedFigure.class, ids, f -> f.id);
                yield ids.stream().map(id -> FigureType.from(found.get(id))).toList();
            }
        };
    }

    private static Map<Long, Node> byId(List<Long> ids, List<? extends Node> nodes) {
        Map<Long, Node> byId = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byId.put(ids.get(i), nodes.get(i));
        }
        return byId;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Match> matches(SearchType type, Terms terms, List<Long> ids) {
        String sql = switch (type) {
            case ORGANISATION, PERSON -> null;
            case MEETING -> "SELECT m.id, b.field, b.text FROM meeting m" + bestField("m", "title.ar", "title_ar",
                    "title.en", "title_en", "venue.ar", "venue_ar", "venue.en", "venue_en", "city.ar", "city_ar",
                    "city.en", "city_en", "summary.ar", "summary_ar", "summary.en", "summary_en")
                    + " WHERE m.id IN (:ids)";
            case FIGURE -> "SELECT f.id, CASE WHEN " + (terms.number() == null ? "false" : "f.value = :number")
                    + " THEN 'value' ELSE b.field END AS field, b.text FROM cited_figure f" + bestField("f",
                    "textAsStated", "text_as_stated", "counts.ar", "counts_ar", "counts.en", "counts_en", "unit", "unit")
                    + " WHERE f.id IN (:ids)";
            // the match in the body: the whole query if it occurs there, else its first word
            case DOCUMENT -> "SELECT d.id, d.body, d.title_ar,"
                    + " word_similarity(:q, d.title_norm) >= word_similarity(:q, d.body_norm) AS in_title,"
                    + " s.span[1] AS match_start, s.span[2] AS match_end FROM source_document d CROSS JOIN LATERAL"
                    + " (SELECT coalesce(majlis_locate(d.body, :q), majlis_locate(d.body, :w0)) AS span) s"
                    + " WHERE d.id IN (:ids)";
        };
        if (sql == null) {
            return Map.of();
        }
        jakarta.persistence.Query query = em.createNativeQuery(sql, Tuple.class).setParameter("ids", ids).setParameter("q", terms.text());
        if (type == SearchType.DOCUMENT) {
            query.setParameter("w0", terms.words().get(0));
        } else if (type == SearchType.FIGURE && terms.number() != null) {
            query.setParameter("number", terms.number());
        }
        Map<Long, Match> matches = new HashMap<>();
        for (Tuple row : (List<Tuple>) query.getResultList()) {
            matches.put(id(row), type == SearchType.DOCUMENT ? documentMatch(row)
                    : new Match((String) row.get("field"), (String) row.get("text"), null));
        }
        return matches;
    }

    private static Match documentMatch(Tuple row) {
        String body = (String) row.get("body");
        SnippetType snippet = row.get("match_start") == null ? null : SnippetType.around(body,
                ((Number) row.get("match_start")).intValue(), ((Number) row.get("match_end")).intValue());
        if (snippet == null || Boolean.TRUE.equals(row.get("in_title"))) {
            return new Match("title", (String) row.get("title_ar"), snippet);
        }
        return new Match("body", null, snippet);
    }

    /** The field of {@code alias} whose normalised text is most similar to {@code :q}: pairs of name, column. */
    private static String bestField(String alias, String... namesAndColumns) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < namesAndColumns.length; i += 2) {
            values.add("('" + namesAndColumns[i] + "', " + alias + "." + namesAndColumns[i + 1] + ")");
        }
        return " CROSS JOIN LATERAL (SELECT field, text FROM (VALUES " + String.join(", ", values) + ") v(field, text)"
                + " WHERE text IS NOT NULL ORDER BY word_similarity(:q, majlis_normalise(text)) DESC LIMIT 1) b";
    }

    private static long id(Tuple row) {
        return ((Number) row.get("id")).longValue();
    }
}
