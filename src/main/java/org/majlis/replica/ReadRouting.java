package org.majlis.replica;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one place that says where an API read runs: on the read datasource (the replicas of MAJLIS_DB_READ_HOSTS,
 * the primary as the driver's fallback) while {@link ReplicaMonitor} finds them usable, else on the primary. The
 * compiled path, the feed and the dataset version take their connection from {@link #dataSource()}; the resolvers'
 * Hibernate sessions get theirs through {@link ReadTenants}, which asks {@link #onReplicas()}. The seed loader, the
 * change bookkeeping and migrations never come here: they use the default datasource, the primary.
 */
@ApplicationScoped
public class ReadRouting {
    @Inject
    ReplicaMonitor monitor;
    @Inject
    AgroalDataSource primary;
    @Inject
    @DataSource("read")
    AgroalDataSource replicas;

    public boolean onReplicas() {
        return monitor.readsOnReplicas();
    }

    /** Where a read that starts now takes its connection. */
    public AgroalDataSource dataSource() {
        return onReplicas() ? replicas : primary;
    }
}
