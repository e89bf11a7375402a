package org.majlis.replica;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * Hibernate's side of {@link ReadRouting}, through Quarkus' DATABASE multi-tenancy
 * ({@code quarkus.hibernate-orm.multitenant}): the "tenants" are the two places a session can run, {@value #PRIMARY}
 * (the default datasource, for everything but API reads) and {@value #READ} (the read datasource). A session
 * chooses once, when it opens, so all the statements of a request run on one connection, in one snapshot.
 */
public final class ReadTenants {
    static final String PRIMARY = "primary";
    static final String READ = "read";

    private ReadTenants() {
    }

    @PersistenceUnitExtension
    @ApplicationScoped
    static class Resolver implements TenantResolver {
        @Inject
        ApiRead apiRead;
        @Inject
        ReadRouting routing;

        @Override
        public String getDefaultTenantId() {
            return PRIMARY;
        }

        @Override
        public String resolveTenantId() {
            return apiRead.active() && routing.onReplicas() ? READ : PRIMARY;
        }
    }

    @PersistenceUnitExtension
    @ApplicationScoped
    static class Connections implements TenantConnectionResolver {
        @Inject
        AgroalDataSource primary;
        @Inject
        @DataSource("read")
        AgroalDataSource replicas;

        @Override
        public ConnectionProvider resolve(String tenant) {
            return new QuarkusConnectionProvider(READ.equals(tenant) ? replicas : primary);
        }
    }
}
