package org.majlis.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of every table's full contents, to prove that a load changed nothing (or what it changed), and
 * direct SQL for setting up faults.
 */
@ApplicationScoped
public class DatabaseSnapshot {
    private static final List<String> TABLES = List.of("organisation", "organisation_alias", "person", "person_alias",
            "source_document", "meeting", "participation", "meeting_organisation", "cited_figure", "evidence",
            "seed_state", "dataset_version", "dataset_record", "dataset_change");

    @Inject
    EntityManager em;

    @Transactional
    public Map<String, String> take() {
        Map<String, String> fingerprints = new TreeMap<>();
        for (String table : TABLES) {
            Object md5 = em.createNativeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY"
                    + " t::text)), '') FROM " + table + " t").getSingleResult();
            fingerprints.put(table, md5.toString());
        }
        return fingerprints;
    }

    /** The first column of the first row, as text. */
    @Transactional
    public String query(String sql) {
        return String.valueOf(em.createNativeQuery(sql).getSingleResult());
    }

    @Transactional
    public void execute(String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }
}
