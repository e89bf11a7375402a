package org.majlis.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.majlis.date.DateMatch;
import org.majlis.date.DateRange;
import org.majlis.graphql.BadUserInputException;
import org.majlis.graphql.OrderDirection;
import org.majlis.organisation.OrganisationResolver;
import org.majlis.person.PersonResolver;

/** Compiles a {@link MeetingFilter} into one HQL condition, shared by the page query and its count. */
@ApplicationScoped
public class MeetingSearch {
    @Inject
    OrganisationResolver organisations;
    @Inject
    PersonResolver people;

    /** A compiled filter; {@code matchesNothing} short-cuts names that resolved to no record. */
    public record Condition(String where, Map<String, Object> params, boolean matchesNothing) {
        long count() {
            return matchesNothing ? 0 : Meeting.count(where, params);
        }

        List<Meeting> page(OrderDirection direction, int offset, int limit) {
            if (matchesNothing) {
                return List.of();
            }
            String dir = direction == OrderDirection.ASC ? "asc" : "desc";
            return Meeting.<Meeting>find(where + " order by dateSort " + dir
                    + " nulls last, key " + dir, params).range(offset, offset + limit - 1).list();
        }
    }

    public Condition compile(MeetingFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter == null) {
            return new Condition("", params, false);
        }
        if (filter.date != null) {
            date(filter.date, filter.dateMatch == null ? DateMatch.OVERLAPS : filter.dateMatch, where, params);
        }
        List<Long> orgIds = organisations.resolve("filter.organisation", filter.organisation);
        if (orgIds != null) {
            where.add("(id in (select mo.meetingId from MeetingOrganisation mo where mo.organisationId in :orgs)"
                    + " or id in (select p.meetingId from Participation p where p.organisationId in :orgs))");
            params.put("orgs", orgIds);
        }
        List<Long> personIds = people.resolve("filter.person", filter.person);
        if (personIds != null) {
            where.add("id in (select p.meetingId from Participation p where p.personId in :people)");
            params.put("people", personIds);
        }
        if (filter.city != null) {
            if (filter.city.isBlank()) {
                throw new BadUserInputException("`filter.city` must not be empty.");
            }
            where.add("(lower(cityEn) = :city or lower(cityAr) = :city)");
            params.put("city", filter.city.trim().toLowerCase());
        }
        boolean nothing = (orgIds != null && orgIds.isEmpty()) || (personIds != null && personIds.isEmpty());
        return new Condition(String.join(" and ", where), params, nothing);
    }

    private static void date(DateRange range, DateMatch match, List<String> where, Map<String, Object> params) {
        LocalDate from = range.checked("filter.date.from", range.from);
        LocalDate to = range.checked("filter.date.to", range.to);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadUserInputException("`filter.date` is empty: `from` (" + from + ") must be before `to` (" + to
                    + "); the range is half-open, so one day D is {from: D, to: D + 1 day}.");
        }
        // an undated meeting (no bound at all) matches no range
        where.add("(date.earliest is not null or date.latest is not null)");
        if (match == DateMatch.WITHIN) {
            if (from != null) {
                where.add("date.earliest >= :from");
            }
            if (to != null) {
                where.add("date.latest < :to");
            }
        } else {
            if (from != null) {
                where.add("(date.latest is null or date.latest >= :from)");
            }
            if (to != null) {
                where.add("(date.earliest is null or date.earliest < :to)");
            }
        }
        if (from != null) {
            params.put("from", from);
        }
        if (to != null) {
            params.put("to", to);
        }
    }
}
