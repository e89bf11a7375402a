package org.majlis.http;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.graphql.execution.ExecutionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.majlis.dataset.DatasetVersion;
import org.majlis.graphql.OperationMetrics;
import org.majlis.graphql.QueryLimits;
import org.majlis.replica.ApiRead;

/**
 * Runs a GraphQL request through SmallRye's engine (with our limits and error rewriting) on the calling thread, in
 * one transaction at the datasource's REPEATABLE READ (application.properties): every resolver and batch load of
 * the request reads the same snapshot on one pooled connection, so an answer never mixes two versions of the data
 * (a seed load that commits between two batches of another request, say), and the request costs one BEGIN and one
 * ROLLBACK instead of one transaction per resolver. A request refused before any resolver runs (limits) takes no
 * connection at all: the transaction enlists one at its first statement. That connection is where
 * {@link org.majlis.replica.ReadRouting} sends reads when the session opens (a replica or the primary). (Every
 * batch load runs on this thread because of {@code runBlocking}; were it handed to another worker, it would need a
 * second connection while this one is held: the pool could deadlock.)
 */
@ApplicationScoped
public class GraphqlExecutor {
    @Inject
    ExecutionService executionService;
    @Inject
    EntityManager em;
    @Inject
    ApiRead apiRead;

    /**
     * The engine's JSON response body; when the operation passed the limits and ran, its cost and the dataset version
     * of the snapshot it read (else both null).
     */
    public record Executed(String body, QueryLimits.Cost cost, Long dataVersion) {
    }

    /**
     * The dataset version in the request's transaction, so from the snapshot the resolvers read; null when the
     * transaction cannot run it any more (a statement of the request failed, which aborts it in PostgreSQL).
     */
    private Long snapshotVersion() {
        try {
            return ((Number) em.createNativeQuery("SELECT " + DatasetVersion.SQL).getSingleResult()).longValue();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** @param client the caller's label for the metrics ({@link OperationMetrics#clientLabel}) */
    public Executed execute(JsonObject request, String client) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        apiRead.begin();
        try {
            // what Quarkus' own handler passes: resolvers run here, in this (activated) request context
            Map<String, Object> metadata = new HashMap<>();
            metadata.put("runBlocking", true);
            metadata.put("httpHeaders", Map.of());
            metadata.put("state", requestContext.getState());
            AtomicReference<QueryLimits.Cost> cost = new AtomicReference<>();
            metadata.put(QueryLimits.COST, cost);
            metadata.put(OperationMetrics.CLIENT, client);
            AtomicReference<String> body = new AtomicReference<>();
            Long version = null;
            QuarkusTransaction.begin();
            try {
                executionService.executeSync(request, metadata,
                        response -> body.set(response.getExecutionResultAsString()));
                if (cost.get() != null) {
                    version = snapshotVersion();
                }
            } finally {
                // reads only: nothing to commit, and a rollback ends it the same way after a failed resolver too
                QuarkusTransaction.rollback();
            }
            return new Executed(body.get(), cost.get(), version);
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }
}
