package org.majlis.seed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The content hash of a loaded reference file. */
@Entity
@Table(name = "seed_state")
public class SeedState extends PanacheEntityBase {
    @Id
    public String name;
    public String sha256;
}
