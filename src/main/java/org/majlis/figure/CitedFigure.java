package org.majlis.figure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.majlis.date.FuzzyDate;

/** A number a source cites, kept with how it was stated and who produced it. */
@Entity
@Table(name = "cited_figure")
public class CitedFigure extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String key;
    @Column(name = "document_id")
    public Long documentId;
    @Column(name = "meeting_id")
    public Long meetingId;
    public int position;
    public BigDecimal value;
    public String unit;
    public String qualifier;
    @Column(name = "text_as_stated")
    public String textAsStated;
    @Column(name = "counts_ar")
    public String countsAr;
    @Column(name = "counts_en")
    public String countsEn;
    /** What the figure counts, as a key shared by the figures that count the same thing; null when none does. */
    public String measure;
    @Column(name = "producer_id")
    public Long producerId;
    @Embedded
    @EmbeddedColumnNaming("as_of_%s")
    public FuzzyDate asOf;
    public String note;
}
