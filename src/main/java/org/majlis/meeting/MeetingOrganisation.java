package org.majlis.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The role an organisation played in a meeting (organiser, co-chair, funder, mentioned …). */
@Entity
@Table(name = "meeting_organisation")
public class MeetingOrganisation extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "meeting_id")
    public Long meetingId;
    @Column(name = "organisation_id")
    public Long organisationId;
    public int position;
    public String role;
    public String note;
}
