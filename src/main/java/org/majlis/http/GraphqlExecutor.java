package org.majlis.http;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.graphql.execution.ExecutionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.majlis.graphql.QueryLimits;

/**
 * Runs a GraphQL request through SmallRye's engine (with our limits and error rewriting) on the calling thread, in
 * one transaction at the datasource's REPEATABLE READ (application.properties): every resolver and batch load of
 * the request reads the same snapshot on one pooled connection, so an answer never mixes two versions of the data
 * (a seed load that commits between two batches of another request, say), and the request costs one BEGIN and one
 * ROLLBACK instead of one transaction per resolver. A request refused before any resolver runs (limits) takes no
 * connection at all: the transaction enlists one at its first statement. (Every batch load runs on this thread
 * because of {@code runBlocking}; were it handed to another worker, it would need a second connection while this
 * one is held: the pool could deadlock.)
 */
@ApplicationScoped
public class GraphqlExecutor {
    @Inject
    ExecutionService executionService;

    /** The engine's JSON response body, and the operation's cost when the limits measured it (else null). */
    public record Executed(String body, QueryLimits.Cost cost) {
    }

    public Executed execute(JsonObject request) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            // what Quarkus' own handler passes: resolvers run here, in this (activated) request context
            Map<String, Object> metadata = new HashMap<>();
            metadata.put("runBlocking", true);
            metadata.put("httpHeaders", Map.of());
            metadata.put("state", requestContext.getState());
            AtomicReference<QueryLimits.Cost> cost = new AtomicReference<>();
            metadata.put(QueryLimits.COST, cost);
            AtomicReference<String> body = new AtomicReference<>();
            QuarkusTransaction.begin();
            try {
                executionService.executeSync(request, metadata,
                        response -> body.set(response.getExecutionResultAsString()));
            } finally {
                // reads only: nothing to commit, and a rollback ends it the same way after a failed resolver too
                QuarkusTransaction.rollback();
            }
            return new Executed(body.get(), cost.get());
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }
}
