package org.majlis.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts and times every GraphQL request by operation name, outcome and client ({@code graphql_operation_seconds}
 * on the management interface's /q/metrics): the resolvers' requests here, as the engine's instrumentation, the
 * compiled path's through {@link #compiledAnswer}. Operation names come from clients, so only well-formed ones are
 * used, and at most {@value #MAX_NAMES} of them; the rest are counted as {@code other}. The client is the request's
 * {@value #CLIENT_HEADER} header when {@code majlis.metrics.client-names} lists it, {@code other} when it does not,
 * {@code none} without the header: a label of bounded cardinality whatever clients send.
 */
@ApplicationScoped
@Unremovable // looked up by EngineSetup, which SmallRye creates outside CDI
public class OperationMetrics extends SimplePerformantInstrumentation {
    private static final int MAX_NAMES = 100;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    /** The request header that names the calling client (also the balancer's rate-limit key, if so configured). */
    public static final String CLIENT_HEADER = "X-Client-Name";
    /** The GraphQL context's entry with the request's client label. */
    public static final String CLIENT = "majlis.client";
    private static final String NO_CLIENT = "none";

    @Inject
    MeterRegistry registry;
    @ConfigProperty(name = "majlis.metrics.client-names")
    Optional<List<String>> clientNames;
    private final Set<String> names = ConcurrentHashMap.newKeySet();

    private static final String OPERATION = "majlis.operation";

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        Timer.Sample sample = Timer.start(registry);
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> sample.stop(timer(
                parameters.getGraphQLContext().getOrDefault(OPERATION, parameters.getOperation()),
                failure != null || result == null || !result.getErrors().isEmpty() ? "error" : "ok",
                parameters.getGraphQLContext().getOrDefault(CLIENT, NO_CLIENT))));
    }

    /** Counts a request the compiled path answered (it has no errors: those come from the resolvers). */
    public void compiledAnswer(String operation, String client, long nanos) {
        timer(operation, "ok", client).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The label of the client that sent this {@value #CLIENT_HEADER} header (null when it sent none: {@code none}). */
    public String clientLabel(String header) {
        if (header == null || header.isBlank()) {
            return NO_CLIENT;
        }
        return clientNames.map(listed -> listed.contains(header)).orElse(false) ? header : "other";
    }

    private Timer timer(String operation, String outcome, String client) {
        return Timer.builder("graphql.operation").description("GraphQL requests by operation name, outcome and client")
                .tag("operation", operationName(operation)).tag("outcome", outcome).tag("client", client)
                .publishPercentileHistogram().register(registry);
    }

    /** The name of the operation that runs, also when the client did not send `operationName`. */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        String name = parameters.getExecutionContext().getOperationDefinition().getName();
        if (name != null) {
            parameters.getExecutionContext().getGraphQLContext().put(OPERATION, name);
        }
        return SimpleInstrumentationContext.noOp();
    }

    private String operationName(String name) {
        if (name == null || name.isEmpty()) {
            return "anonymous";
        }
        if (!NAME.matcher(name).matches()) {
            return "other";
        }
        if (names.contains(name) || names.size() < MAX_NAMES && names.add(name)) {
            return name;
        }
        return "other";
    }
}
