package org.majlis.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Map;
import org.majlis.graphql.Sql;

/**
 * Finds organisations or people by any of their names (main names in both languages, acronym, aliases) after
 * normalisation, ranked: exact names first, then names starting with the query, then names containing similar
 * words (pg_trgm word similarity). Served by the trigram indexes of changeset 0010.
 */
@ApplicationScoped
public class NameSearch {
    /** A table of named records and where its names are. */
    public enum Register {
        ORGANISATION("organisation", "organisation_alias", "organisation_id", true),
        PERSON("person", "person_alias", "person_id", false);

        final String table;
        final String names;

        Register(String table, String aliasTable, String aliasOwner, boolean hasAcronym) {
            this.table = table;
            String base = "SELECT r.id, r.key, %s AS text, %s AS lang, '%s' AS kind, %s AS norm FROM " + table + " r";
            String names = String.format(base, "r.name_ar", "'ar'", "NAME", "r.name_ar_norm")
                    + " WHERE " + matches("r.name_ar_norm")
                    + " UNION ALL " + String.format(base, "r.name_en", "'en'", "NAME", "r.name_en_norm")
                    + " WHERE " + matches("r.name_en_norm");
            if (hasAcronym) {
                names += " UNION ALL " + String.format(base, "r.acronym", "NULL", "ACRONYM", "r.acronym_norm")
                        + " WHERE " + matches("r.acronym_norm");
            }
            names += " UNION ALL SELECT r.id, r.key, a.text, a.lang, 'ALIAS', a.text_norm FROM " + aliasTable
                    + " a JOIN " + table + " r ON r.id = a." + aliasOwner + " WHERE " + matches("a.text_norm");
            // one row per record: its best-matching name; tier 0 exact, 1 prefix, 2 similar words
            this.names = "SELECT DISTINCT ON (id) id, key, text, lang, kind, tier, score, closeness FROM ("
                    + "SELECT n.*, CASE WHEN norm = :q THEN 0 WHEN starts_with(norm, :q) THEN 1 ELSE 2 END AS tier,"
                    + " word_similarity(:q, norm) AS score, similarity(:q, norm) AS closeness FROM (" + names + ") n) x"
                    + " ORDER BY id, tier, score DESC, closeness DESC";
        }

        /** Index-served: equality, prefix LIKE and {@code <%} all use the trigram GIN index of the column. */
        private static String matches(String column) {
            return "(" + column + " = :q OR " + column + " LIKE :prefix OR :q <% " + column + ")";
        }

        /** The best-matching name of every matching record: id, key, text, lang, kind, tier, score, closeness. */
        public String hitsSql() {
            return names;
        }

        /** {@link #hitsSql()} with its parameters {@code :q} and {@code :prefix} named {@code :<q>}, {@code :<prefix>}. */
        String hitsSql(String q, String prefix) {
            return names.replace(":prefix", ":" + prefix).replace(":q", ":" + q);
        }
    }

    /** A record found through one of its names. */
    public record Hit(long id, String key, NameMatchType match) {
    }

    @Inject
    EntityManager em;
    @Inject
    TextNormaliser normaliser;

    /** The normalised form of a name query, checked (length, something to match). */
    public String normalise(String argument, String name) {
        return normaliser.normalise(argument, name);
    }

    /**
     * One page of the records matching {@code normalised}, best first (ties by key).
     *
     * @param equal further conditions: column of the register's table -> required value
     */
    public List<Hit> ranked(Register register, String normalised, Map<String, Object> equal, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = where(em.createNativeQuery("SELECT h.* FROM (" + register.hitsSql() + ") h"
                + where(register, equal) + " ORDER BY tier, score DESC, closeness DESC, key"
                + " OFFSET :offset LIMIT :limit", Tuple.class), normalised, equal)
                .setParameter("offset", offset).setParameter("limit", limit).getResultList();
        return rows.stream().map(NameSearch::hit).toList();
    }

    /** The number of records {@link #ranked} pages through. */
    public int count(Register register, String normalised, Map<String, Object> equal) {
        return ((Number) where(em.createNativeQuery("SELECT count(*) FROM (" + register.hitsSql() + ") h"
                + where(register, equal)), normalised, equal).getSingleResult()).intValue();
    }

    /**
     * The ids of the records a name filter means, as a subquery: those with an exact name if any; otherwise those
     * with a name starting with it; otherwise those whose names are most similar (the top word similarity only).
     * Its parameters are named {@code <name>Q} and {@code <name>Prefix}.
     */
    public Sql bestIdsSql(Register register, String normalised, String name) {
        return Sql.of("SELECT id FROM (SELECT id, rank() OVER (ORDER BY tier, CASE WHEN tier = 2 THEN score END DESC"
                + " NULLS LAST) AS r FROM (" + register.hitsSql(name + "Q", name + "Prefix") + ") h) b WHERE r = 1",
                Map.of(name + "Q", normalised, name + "Prefix", normalised + "%"));
    }

    /** Sets {@code :q} and {@code :prefix} of {@link Register#hitsSql()}. */
    public static Query bind(Query query, String normalised) {
        return query.setParameter("q", normalised).setParameter("prefix", normalised + "%");
    }

    private static String where(Register register, Map<String, Object> equal) {
        if (equal.isEmpty()) {
            return "";
        }
        return " JOIN " + register.table + " r ON r.id = h.id WHERE " + String.join(" AND ",
                equal.keySet().stream().map(column -> "r." + column + " = :eq_" + column).toList());
    }

    private static Query where(Query query, String normalised, Map<String, Object> equal) {
        equal.forEach((column, value) -> query.setParameter("eq_" + column, value));
        return bind(query, normalised);
    }

    private static Hit hit(Tuple row) {
        return new Hit(((Number) row.get("id")).longValue(), (String) row.get("key"),
                new NameMatchType((String) row.get("text"), (String) row.get("lang"),
                        NameKind.valueOf((String) row.get("kind")),
                        MatchKind.values()[((Number) row.get("tier")).intValue()],
                        ((Number) row.get("score")).doubleValue()));
    }
}
