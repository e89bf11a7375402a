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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Counts and times every GraphQL request by operation name and outcome ({@code graphql_operation_seconds} on
 * /q/metrics). Operation names come from clients, so only well-formed ones are used, and at most
 * {@value #MAX_NAMES} of them; the rest are counted as {@code other}.
 */
@ApplicationScoped
@Unremovable // looked up by EngineSetup, which SmallRye creates outside CDI
public class OperationMetrics extends SimplePerformantInstrumentation {
    private static final int MAX_NAMES = 100;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    @Inject
    MeterRegistry registry;
    private final Set<String> names = ConcurrentHashMap.newKeySet();

    private static final String OPERATION = "majlis.operation";

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        Timer.Sample sample = Timer.start(registry);
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> sample.stop(Timer
                .builder("graphql.operation").description("GraphQL requests by operation name and outcome")
                .tag("operation", operationName(parameters.getGraphQLContext().getOrDefault(OPERATION,
                        parameters.getOperation())))
                .tag("outcome", failure != null || result == null || !result.getErrors().isEmpty() ? "error" : "ok")
                .publishPercentileHistogram().register(registry)));
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
