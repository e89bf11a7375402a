package org.majlis.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation (Popolo Organization); its parent is kept as a plain id so reads stay set-based. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String key;
    @Column(name = "name_ar")
    public String nameAr;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "name_en_verified")
    public boolean nameEnVerified;
    public String acronym;
    public String kind;
    @Column(name = "parent_id")
    public Long parentId;
    public String note;
}
