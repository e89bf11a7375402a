package org.majlis.http;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.smallrye.graphql.execution.ExecutionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a GraphQL request through SmallRye's engine (with our limits and error rewriting) on the calling thread. */
@ApplicationScoped
public class GraphqlExecutor {
    @Inject
    ExecutionService executionService;

    /** @return the JSON response body */
    public String execute(JsonObject request) {
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
            AtomicReference<String> body = new AtomicReference<>();
            executionService.executeSync(request, metadata,
                    response -> body.set(response.getExecutionResultAsString()));
            return body.get();
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }
}
