package org.majlis.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Loads the evidence of many facts at once: one statement per kind of fact, whatever the number of facts. */
@ApplicationScoped
public class EvidenceLoader {

    public <S> List<List<EvidenceType>> forSources(List<S> sources, Function<S, EvidenceOwner> ownerOf) {
        List<EvidenceOwner> owners = sources.stream().map(ownerOf).toList();
        Map<String, List<EvidenceOwner>> groups = new LinkedHashMap<>();
        for (EvidenceOwner owner : owners) {
            if (owner != null) {
                groups.computeIfAbsent(owner.column() + "/" + owner.aspects(), k -> new ArrayList<>()).add(owner);
            }
        }
        Map<EvidenceOwner, List<EvidenceType>> found = new HashMap<>();
        for (List<EvidenceOwner> group : groups.values()) {
            EvidenceOwner first = group.get(0);
            List<Long> ids = group.stream().map(EvidenceOwner::id).distinct().toList();
            List<Evidence> rows = Evidence.list("select e from Evidence e where e." + first.column().property
                    + " in ?1 and e.aspect in ?2 order by e.start, e.id", ids,
                    first.aspects().stream().map(Enum::name).toList());
            for (Evidence row : rows) {
                long ownerId = switch (first.column()) {
                    case MEETING -> row.meetingId;
                    case PARTICIPATION -> row.participationId;
                    case MEETING_ORGANISATION -> row.meetingOrganisationId;
                    case FIGURE -> row.figureId;
                    case DOCUMENT -> row.documentId;
                };
                found.computeIfAbsent(new EvidenceOwner(first.column(), ownerId, first.aspects()),
                        k -> new ArrayList<>()).add(EvidenceType.from(row));
            }
        }
        return owners.stream().map(o -> o == null ? List.<EvidenceType>of() : found.getOrDefault(o, List.of())).toList();
    }
}
