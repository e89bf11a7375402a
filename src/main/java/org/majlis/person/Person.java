package org.majlis.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person (Popolo Person). */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {
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
    public String note;
}
