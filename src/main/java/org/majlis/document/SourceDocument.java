package org.majlis.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.majlis.date.FuzzyDate;

/** A source text, stored byte for byte, with its curated metadata. */
@Entity
@Table(name = "source_document")
public class SourceDocument extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String slug;
    @Column(name = "title_ar")
    public String titleAr;
    @Column(name = "title_en")
    public String titleEn;
    public boolean headline;
    public String language;
    public String body;
    @Column(name = "body_sha256")
    public String bodySha256;
    @Column(name = "content_sha256")
    public String contentSha256;
    @Column(name = "publisher_id")
    public Long publisherId;
    @Embedded
    @EmbeddedColumnNaming("published_%s")
    public FuzzyDate published;
    @Column(name = "source_url")
    public String sourceUrl;
    @Column(name = "source_retrieved")
    public LocalDate sourceRetrieved;
}
