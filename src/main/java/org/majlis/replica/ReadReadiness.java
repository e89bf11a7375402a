package org.majlis.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.majlis.health.DatabaseMonitor;

/**
 * The read datasource beside the primary's check ("PostgreSQL"): where API reads go now and what the last check
 * found on each read host. Up while reads can be served: on the replicas, or on the primary while it answers (the
 * fallback), so a replica that is down or behind never takes an instance out of the balancer.
 */
@Readiness
@ApplicationScoped
public class ReadReadiness implements HealthCheck {
    @Inject
    ReplicaMonitor monitor;
    @Inject
    DatabaseMonitor primary;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("PostgreSQL reads")
                .status(monitor.readsOnReplicas() || primary.available())
                .withData("reads", monitor.readsOnReplicas() ? "replicas" : "primary");
        if (!monitor.configured()) {
            return response.withData("read hosts", "none (MAJLIS_DB_READ_HOSTS unset)").build();
        }
        response.withData("max lag", monitor.maxLag().toMillis() / 1000.0 + " s");
        monitor.hosts().forEach(host -> response.withData(host.host(), host.describe()));
        return response.build();
    }
}
