package org.majlis.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.majlis.graphql.BadUserInputException;
import org.majlis.graphql.Sql;
import org.majlis.organisation.OrganisationResolver;

/**
 * What a {@link FigureFilter} means, as an SQL condition on the alias {@code f} of {@code cited_figure}: built once
 * and shared by the figure list, its count and the figure statistics, on both read paths, so they always agree.
 *
 * @param where the condition, empty when the filter selects every figure
 */
record FigureCondition(String where, Map<String, Object> params) {

    static FigureCondition of(FigureFilter filter, OrganisationResolver organisations) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter != null) {
            if (filter.unit != null) {
                where.add("f.unit = :unit");
                params.put("unit", filter.unit);
            }
            if (filter.qualifier != null) {
                where.add("f.qualifier = :qualifier");
                params.put("qualifier", filter.qualifier.name());
            }
            if (filter.minValue != null && filter.maxValue != null && filter.minValue.compareTo(filter.maxValue) > 0) {
                throw new BadUserInputException("`filter.minValue` (" + filter.minValue
                        + ") must not be greater than `filter.maxValue` (" + filter.maxValue + ").");
            }
            if (filter.minValue != null) {
                where.add("f.value >= :min");
                params.put("min", filter.minValue);
            }
            if (filter.maxValue != null) {
                where.add("f.value <= :max");
                params.put("max", filter.maxValue);
            }
            if (filter.measure != null) {
                where.add("f.measure = :measure");
                params.put("measure", filter.measure);
            }
            Sql producers = organisations.idsSql("filter.producer", filter.producer, "producer");
            if (producers != null) {
                where.add("f.producer_id IN (" + producers.text() + ")");
                params.putAll(producers.params());
            }
        }
        return new FigureCondition(String.join(" AND ", where), params);
    }

    /** The condition as a {@code WHERE} clause, or nothing. */
    String whereClause() {
        return where.isEmpty() ? "" : " WHERE " + where;
    }

    /** The matching figures in the order of their documents and of the text, from {@code offset}, at most {@code limit}. */
    Sql page(int offset, int limit) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("offset", offset);
        all.put("limit", limit);
        return Sql.of("SELECT f.* FROM cited_figure f JOIN source_document d ON d.id = f.document_id" + whereClause()
                + " ORDER BY d.slug, f.position OFFSET :offset LIMIT :limit", all);
    }

    /** How many figures match. */
    Sql count() {
        return Sql.of("SELECT count(*) FROM cited_figure f" + whereClause(), params);
    }
}
