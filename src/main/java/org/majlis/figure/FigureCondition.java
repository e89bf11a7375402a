package org.majlis.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.majlis.graphql.BadUserInputException;
import org.majlis.organisation.OrganisationResolver;

/**
 * What a {@link FigureFilter} means, as an HQL condition on the alias {@code f} of {@link CitedFigure}: built once
 * and shared by the figure list, its count and the figure statistics, so they always agree.
 *
 * @param where the condition, empty when the filter selects every figure
 * @param matchesNothing true when the filter is known to match no figure (e.g. a producer name that matches no
 *     organisation), so no statement needs to run
 */
record FigureCondition(String where, Map<String, Object> params, boolean matchesNothing) {

    static FigureCondition of(FigureFilter filter, OrganisationResolver organisations) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        boolean nothing = false;
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
            List<Long> producers = organisations.resolve("filter.producer", filter.producer);
            if (producers != null) {
                nothing = producers.isEmpty();
                where.add("f.producerId in :producers");
                params.put("producers", producers);
            }
        }
        return new FigureCondition(String.join(" and ", where), params, nothing);
    }

    /** The condition as a {@code where} clause, or nothing. */
    String whereClause() {
        return where.isEmpty() ? "" : " where " + where;
    }

    /** The condition added to a {@code where} clause that has conditions of its own, or nothing. */
    String andClause() {
        return where.isEmpty() ? "" : " and " + where;
    }
}
