package org.majlis.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person taking part in a meeting, on behalf of an organisation where the text says so. */
@Entity
@Table(name = "participation")
public class Participation extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "meeting_id")
    public Long meetingId;
    @Column(name = "person_id")
    public Long personId;
    @Column(name = "organisation_id")
    public Long organisationId;
    public int position;
    public String role;
    @Column(name = "title_ar")
    public String titleAr;
    @Column(name = "title_en")
    public String titleEn;

    /**
     * The one condition that a participation is a taking part: a CONTACT is named by the report for enquiries, not
     * reported as attending, so {@code Meeting.participants}, the person filter and PERSON buckets leave it out.
     * Valid in JPQL and SQL alike ({@code alias} is the participation's).
     */
    public static String attended(String alias) {
        return alias + ".role <> '" + ParticipationRole.CONTACT.name() + "'";
    }
}
