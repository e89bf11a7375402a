package org.majlis.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A span of a source document supporting one fact; exactly one of the fact ids is set. */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_id")
    public Long documentId;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    public String quote;
    public String prefix;
    public String suffix;
    public String aspect;
    @Column(name = "meeting_id")
    public Long meetingId;
    @Column(name = "participation_id")
    public Long participationId;
    @Column(name = "meeting_organisation_id")
    public Long meetingOrganisationId;
    @Column(name = "figure_id")
    public Long figureId;
}
