package org.majlis.evidence;

import java.util.List;

/**
 * Which evidence rows support a fact: those whose {@code column} (meeting_id, participation_id,
 * meeting_organisation_id, figure_id or, for a publication date, document_id) equals {@code id}, with one of
 * the given aspects.
 */
public record EvidenceOwner(Column column, long id, List<EvidenceAspect> aspects) {
    public enum Column {
        MEETING("meetingId"), PARTICIPATION("participationId"), MEETING_ORGANISATION("meetingOrganisationId"),
        FIGURE("figureId"), DOCUMENT("documentId");

        final String property;

        Column(String property) {
            this.property = property;
        }
    }

    public static EvidenceOwner of(Column column, long id, EvidenceAspect... aspects) {
        return new EvidenceOwner(column, id, List.of(aspects));
    }
}
