package org.majlis.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.VariableReference;
import graphql.ExecutionResult;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses queries that would cost too much before any resolver runs, and stops a request that runs too long.
 * Limits (see README "Query limits"): depth, aliases, and a list-aware cost — the number of objects the query can
 * return, like GitHub's node limit: nested connections multiply by their {@code first}/{@code last} (capped at the
 * page limit, since more is refused anyway) and plain lists by an assumed size; scalar fields are free. Introspection fields ({@code __schema}, {@code __type}) are exempt from the depth limit,
 * so GraphiQL's introspection query (depth 15) keeps working; graphql-java bounds those itself.
 */
@ApplicationScoped
@Unremovable // looked up by EngineSetup, which SmallRye creates outside CDI
public class QueryLimits extends SimplePerformantInstrumentation {
    private static final String DEADLINE = "majlis.deadline";
    /**
     * Where a caller of the engine receives the cost of the operation it ran: an {@code AtomicReference<Cost>} put
     * in the request's context (SmallRye copies the caller's metadata into graphql-java's context).
     */
    public static final String COST = "majlis.cost";

    /**
     * What an operation may cost and what it was measured to cost, reported to clients in {@code extensions.cost} as
     * Shopify reports its query cost: the number of objects it can return, and the most a query may ask for.
     */
    public record Cost(long requestedQueryCost, long maximumQueryCost) {
        /** The JSON of {@code extensions.cost}. */
        public String json() {
            return "{\"requestedQueryCost\":" + requestedQueryCost + ",\"maximumQueryCost\":" + maximumQueryCost + "}";
        }
    }
    /** Documents whose measure is remembered (or known to depend on variables); beyond it, measured each time. */
    private static final int MAX_REMEMBERED = 2000;

    private final Map<MeasureKey, Optional<Measure>> fixedMeasures = new ConcurrentHashMap<>();

    @ConfigProperty(name = "majlis.graphql.max-depth", defaultValue = "10")
    int maxDepth;
    @ConfigProperty(name = "majlis.graphql.max-aliases", defaultValue = "15")
    int maxAliases;
    @ConfigProperty(name = "majlis.graphql.max-cost", defaultValue = "100000")
    int maxCost;
    @ConfigProperty(name = "majlis.graphql.assumed-list-size", defaultValue = "5")
    int assumedListSize;
    @ConfigProperty(name = "majlis.graphql.timeout", defaultValue = "10s")
    Duration timeout;

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        Measure measure = measure(context.getExecutionInput().getQuery(), context.getGraphQLSchema(),
                context.getDocument(), context.getOperationDefinition().getName(), context.getCoercedVariables());
        if (measure.depth > maxDepth) {
            refuse("QUERY_TOO_DEEP", "The query is " + measure.depth + " levels deep; at most " + maxDepth
                    + " are allowed. Ask for fewer nested fields, or fetch nested objects by id in a second query.");
        }
        if (measure.aliases > maxAliases) {
            refuse("TOO_MANY_ALIASES", "The query uses " + measure.aliases + " aliases; at most " + maxAliases
                    + " are allowed.");
        }
        if (measure.cost > maxCost) {
            refuse("QUERY_TOO_COMPLEX", "The query could return about " + measure.cost + " objects; at most " + maxCost
                    + " are allowed. Lower `first`/`last` on nested lists or split the query.");
        }
        AtomicReference<Cost> cost = context.getGraphQLContext().get(COST);
        if (cost != null) {
            cost.set(new Cost(measure.cost, maxCost));
        }
        context.getGraphQLContext().put(DEADLINE, System.nanoTime() + timeout.toNanos());
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        return environment -> {
            Long deadline = environment.getGraphQlContext().get(DEADLINE);
            if (deadline != null && System.nanoTime() > deadline) {
                throw new LimitExceededException("QUERY_TIMEOUT", "The query ran longer than " + timeout.toSeconds()
                        + " s and was stopped. Ask for less per request.");
            }
            return fetcher.get(environment);
        };
    }

    private static void refuse(String code, String message) {
        GraphQLError error = GraphqlErrorBuilder.newError().message(message).extensions(Map.of("code", code))
                .errorType(ErrorClassification.errorClassification(code)).build();
        throw new AbortExecutionException(List.of(error));
    }

    /** How long a request may run (majlis.graphql.timeout). */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The operation's cost when it is within every limit, so that the compiled read path may answer it; null for one
     * that is not, which is left to the engine, which refuses it with the errors above.
     */
    public Cost allows(String query, GraphQLSchema schema, Document document, String operationName,
            CoercedVariables variables) {
        Measure measure = measure(query, schema, document, operationName, variables);
        return measure.depth <= maxDepth && measure.aliases <= maxAliases && measure.cost <= maxCost
                ? new Cost(measure.cost, maxCost) : null;
    }

    /**
     * Depth, aliases and list-aware cost of the operation about to run, with its variables; remembered, by the
     * document's text (not its parsed form, which would keep every document's syntax tree in memory), for a
     * document whose measure no variable can change (none in a {@code first}/{@code last} or a directive).
     */
    private Measure measure(String query, GraphQLSchema schema, Document document, String operationName,
            CoercedVariables variables) {
        MeasureKey key = new MeasureKey(query, operationName);
        Optional<Measure> known = fixedMeasures.get(key);
        if (known != null && known.isPresent()) {
            return known.get();
        }
        Measure measure = traverse(schema, document, operationName, variables);
        if (known == null && fixedMeasures.size() < MAX_REMEMBERED) {
            fixedMeasures.put(key, dependsOnVariables(document, false) ? Optional.empty() : Optional.of(measure));
        }
        return measure;
    }

    /** True when a variable is used where it changes the measure: a page size or a directive's argument. */
    private static boolean dependsOnVariables(Node<?> node, boolean measured) {
        if (node instanceof VariableReference) {
            return measured;
        }
        boolean below = measured || node instanceof Directive
                || node instanceof Argument argument && List.of("first", "last").contains(argument.getName());
        for (Node<?> child : node.getChildren()) {
            if (dependsOnVariables(child, below)) {
                return true;
            }
        }
        return false;
    }

    private Measure traverse(GraphQLSchema schema, Document document, String operationName,
            CoercedVariables variables) {
        Measure measure = new Measure();
        Map<QueryVisitorFieldEnvironment, Long> multipliers = new HashMap<>();
        QueryTraverser.newQueryTraverser().schema(schema).document(document).operationName(operationName)
                .coercedVariables(variables).build().visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment env) {
                        QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
                        long objects = Math.min(Long.MAX_VALUE / 1024,
                                (parent == null ? 1 : multipliers.getOrDefault(parent, 1L)) * listSize(env));
                        multipliers.put(env, objects);
                        if (!GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(env.getFieldDefinition().getType()))) {
                            measure.cost = Math.min(Long.MAX_VALUE / 2, measure.cost + objects);
                        }
                        if (env.getField().getAlias() != null) {
                            measure.aliases++;
                        }
                        if (!introspection(env)) {
                            measure.depth = Math.max(measure.depth, depthOf(env));
                        }
                    }
                });
        return measure;
    }

    /** How many values the field resolves to for each object it is asked on. */
    private long listSize(QueryVisitorFieldEnvironment env) {
        if (env.isTypeNameIntrospectionField()) {
            return 1;
        }
        GraphQLFieldDefinition definition = env.getFieldDefinition();
        for (String paging : List.of("first", "last")) {
            if (definition.getArgument(paging) != null) {
                Object value = env.getArguments().get(paging);
                return value instanceof Number n ? Math.max(1, Math.min(Page.MAX_PAGE_SIZE, n.longValue()))
                        : Page.DEFAULT_PAGE_SIZE;
            }
        }
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
        if (!(type instanceof GraphQLList)) {
            return 1;
        }
        // the nodes and edges of a connection are already counted by its first/last
        boolean inConnection = GraphQLTypeUtil.unwrapAll(env.getParentType()).getName().endsWith("Connection");
        return inConnection ? 1 : assumedListSize;
    }

    private static boolean introspection(QueryVisitorFieldEnvironment env) {
        for (QueryVisitorFieldEnvironment at = env; at != null; at = at.getParentEnvironment()) {
            String name = at.getField().getName();
            if (name.equals("__schema") || name.equals("__type")) {
                return true;
            }
        }
        return false;
    }

    private static int depthOf(QueryVisitorFieldEnvironment env) {
        int depth = 0;
        for (QueryVisitorFieldEnvironment at = env; at != null; at = at.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }

    /** A document's text and the operation run from it. */
    private record MeasureKey(String query, String operationName) {
    }

    private static final class Measure {
        int depth;
        int aliases;
        long cost;
    }
}
