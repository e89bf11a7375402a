package org.majlis.evidence;

import java.util.List;

/**
 * Which evidence rows support a fact: those whose {@code column} (meeting_id, participation_id,
 * meeting_organisation_id, figure_id or, for a publication date, document_id) equals {@code id}, with one of
 * the given aspects.
 */
public record EvidenceOwner(Column column, long id, List<EvidenceAspect> aspects) {
    public enum Column {
        MEETING("meetingId", "meeting_id"), PARTICIPATION("participationId", "participation_id"),
        MEETING_ORGANISATION("meetingOrganisationId", "meeting_organisation_id"), FIGURE("figureId", "figure_id"),
        DOCUMENT("documentId", "document_id");

        final String property;
        final String sqlColumn;

        Column(String property, String sqlColumn) {
            this.property = property;
            this.sqlColumn = sqlColumn;
        }
    }

    public static EvidenceOwner of(Column column, long id, EvidenceAspect... aspects) {
        return new EvidenceOwner(column, id, List.of(aspects));
    }
}
