package org.majlis.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL answers; reads the monitor's state, so the check itself never waits. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    @Inject
    DatabaseMonitor monitor;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("PostgreSQL").status(monitor.available()).build();
    }
}
