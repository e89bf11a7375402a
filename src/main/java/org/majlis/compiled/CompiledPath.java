package org.majlis.compiled;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.VariableReference;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.Validator;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.majlis.graphql.QueryLimits;
import org.majlis.replica.ReadRouting;

/**
 * The compiled read path: answers a query with one SQL statement that builds the whole {@code data} JSON inside
 * PostgreSQL, instead of running resolvers. A plan per document and operation name (parsed and validated once by
 * graphql-java) is normalised per request with its variables ({@code ExecutableNormalizedOperation}: fragments,
 * aliases, {@code @include}/{@code @skip} resolved) and compiled from the {@link SqlType}s the features declare.
 * It answers only what it is sure of: anything else (introspection, a field without an SQL form, a name filter,
 * invalid arguments, a limit exceeded, a {@code NOT_FOUND}, a database error) returns null, and the request is
 * run on the resolver path, which then gives the answer or the error; the differential tests require both paths'
 * bodies to be byte-identical. Off with {@code MAJLIS_COMPILED=false}.
 */
@ApplicationScoped
public class CompiledPath {
    private static final Logger LOG = Logger.getLogger(CompiledPath.class);
    /** Plans kept; beyond it documents are still compiled, only not remembered (a flood of distinct documents). */
    private static final int MAX_PLANS = 2000;
    /** Shapes kept per plan: one per combination of its directives' variables that requests used. */
    private static final int MAX_SHAPES = 16;

    @ConfigProperty(name = "majlis.compiled.enabled", defaultValue = "true")
    boolean enabled;
    /** Tests: compile every request afresh as well and record where the reused statement differs. */
    @ConfigProperty(name = "majlis.compiled.verify-reuse", defaultValue = "false")
    boolean verifyReuse;
    @Inject
    SqlTypes types;
    @Inject
    ReadRouting reads;
    @Inject
    QueryLimits limits;
    @Inject
    Instance<GraphQLSchema> schemas;

    private final Map<String, Plan> plans = new ConcurrentHashMap<>();
    private final Set<String> exercised = ConcurrentHashMap.newKeySet();
    private final List<String> mismatches = new CopyOnWriteArrayList<>();
    private volatile GraphQLSchema schema;

    /**
     * A valid query document and the operation to run, with its {@link Shape}s by the values of the variables its
     * {@code @skip}/{@code @include} directives use; {@code compilable} false once it is known not to be.
     */
    private record Plan(Document document, OperationDefinition operation, Map<String, FragmentDefinition> fragments,
            List<String> directiveVariables, Map<List<Object>, Shape> shapes, boolean compilable) {
        static final Plan NEVER = new Plan(null, null, null, null, null, false);
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * The response's {@code data}, the operation's cost, and the value of the caller's expression read in the same
     * snapshot; the operation's name (null for an anonymous one) for the metrics.
     *
     * @param data the JSON of {@code data} in UTF-8: PostgreSQL's bytes, never decoded
     */
    public record Answer(Buffer data, QueryLimits.Cost cost, long snapshotValue, String operation) {
    }

    /**
     * @param variables the request's {@code variables} (a JSON object or null)
     * @param snapshotValue an SQL expression of a number that the statement reads too, from the same snapshot as the
     *     data (the dataset version)
     * @return the answer, or null when the resolvers must answer
     */
    public Answer answer(String query, String operationName, JsonObject variables, String snapshotValue) {
        if (!enabled) {
            return null;
        }
        long started = System.nanoTime();
        String planKey = operationName == null ? query : operationName + "\n" + query;
        Plan known = plans.get(planKey);
        if (known == null) {
            known = plan(query, operationName);
            if (plans.size() < MAX_PLANS) {
                plans.put(planKey, known);
            }
        }
        Plan plan = known;
        if (!plan.compilable()) {
            return null;
        }
        Statement statement;
        QueryLimits.Cost cost;
        Set<String> fields = new HashSet<>();
        try {
            GraphQLSchema graphQLSchema = schema();
            CoercedVariables coerced = ValuesResolver.coerceVariableValues(graphQLSchema,
                    plan.operation().getVariableDefinitions(), RawVariables.of(plain(variables)),
                    GraphQLContext.getDefault(), Locale.ENGLISH);
            cost = limits.allows(query, graphQLSchema, plan.document(), operationName, coerced);
            if (cost == null) {
                return null;
            }
            Shape shape = shape(plan, coerced);
            Statement.FieldOrder order = (normalised, field, type) -> new FieldCollector().collectFields(
                    FieldCollectorParameters.newParameters().schema(graphQLSchema)
                            .objectType(graphQLSchema.getObjectType(type)).fragments(plan.fragments())
                            .variables(coerced.toMap()).graphQLContext(GraphQLContext.getDefault()).build(),
                    normalised.operation.getMergedField(field)).getKeys();
            statement = Statement.of(shape, coerced, types, fields, order, true, snapshotValue);
            if (verifyReuse) {
                verify(plan, coerced, statement, order);
            }
        } catch (NotCompiled e) {
            if (e.structural()) {
                plans.replace(planKey, Plan.NEVER);
            }
            return null;
        } catch (RuntimeException e) {
            // bad variables or arguments: the resolver path reports them
            return null;
        }
        Answer answer = run(statement, cost, started, plan.operation().getName());
        if (answer != null) {
            exercised.addAll(fields);
        }
        return answer;
    }

    /** The plan's shape for the values of its directives' variables, normalised once (a few per plan at most). */
    private Shape shape(Plan plan, CoercedVariables coerced) {
        List<Object> key = new ArrayList<>();
        plan.directiveVariables().forEach(name -> key.add(coerced.get(name)));
        Shape known = plan.shapes().get(key);
        if (known == null) {
            known = new Shape(normalise(plan, coerced), schema());
            if (plan.shapes().size() < MAX_SHAPES) {
                plan.shapes().put(key, known);
            }
        }
        return known;
    }

    private ExecutableNormalizedOperation normalise(Plan plan, CoercedVariables coerced) {
        return ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(schema(), plan.operation(),
                plan.fragments(), coerced);
    }

    /**
     * The tests' check of the reuse ({@code majlis.compiled.verify-reuse}): the request compiled afresh, from its own
     * normalised operation and without kept SQL, must give the same statement; a difference is recorded.
     */
    private void verify(Plan plan, CoercedVariables coerced, Statement reused, Statement.FieldOrder order) {
        Statement fresh = Statement.of(new Shape(normalise(plan, coerced), schema()), coerced, types,
                new HashSet<>(), order, false, reused.snapshotValue);
        if (!fresh.sql.toString().equals(reused.sql.toString()) || !fresh.values.equals(reused.values)) {
            mismatches.add(plan.operation().getName() + " with " + coerced.toMap() + ":\n  fresh " + fresh.sql
                    + " " + fresh.values + "\n  reused " + reused.sql + " " + reused.values);
        }
    }

    /** The requests whose reused statement differed from the fresh one (with {@code verify-reuse}). */
    public List<String> reuseMismatches() {
        return List.copyOf(mismatches);
    }

    private Answer run(Statement statement, QueryLimits.Cost cost, long started, String operation) {
        try (Connection connection = reads.dataSource().getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement.sql.toString())) {
            for (int i = 0; i < statement.values.size(); i++) {
                prepared.setObject(i + 1, statement.values.get(i));
            }
            try (ResultSet result = prepared.executeQuery()) {
                if (!result.next() || result.getBoolean(2)) {
                    return null; // a root object not found: NOT_FOUND comes from the resolvers
                }
                if (System.nanoTime() - started > limits.timeout().toNanos()) {
                    return null; // past the time limit: the resolvers stop it with QUERY_TIMEOUT
                }
                // the driver's bytes of the text column, as PostgreSQL sent them (the connection's encoding is UTF-8)
                return new Answer(Buffer.buffer(result.getBytes(1)), cost, result.getLong(3), operation);
            }
        } catch (SQLException e) {
            LOG.debugf(e, "compiled statement failed; the resolvers answer");
            return null;
        }
    }

    private Plan plan(String query, String operationName) {
        try {
            Document document = new Parser().parseDocument(query);
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .filter(o -> operationName == null || operationName.equals(o.getName())).toList();
            if (operations.size() != 1 || operations.get(0).getOperation() != OperationDefinition.Operation.QUERY
                    || !new Validator().validateDocument(schema(), document, Locale.ENGLISH).isEmpty()) {
                return Plan.NEVER;
            }
            Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class)
                    .stream().collect(Collectors.toMap(FragmentDefinition::getName, f -> f));
            Set<String> directiveVariables = new TreeSet<>();
            directiveVariables(document, false, directiveVariables);
            return new Plan(document, operations.get(0), fragments, List.copyOf(directiveVariables),
                    new ConcurrentHashMap<>(), true);
        } catch (RuntimeException e) {
            return Plan.NEVER; // a syntax error: the engine reports it
        }
    }

    /** Collects the variables used in directives (they decide which fields a request selects). */
    private static void directiveVariables(Node<?> node, boolean inDirective, Set<String> names) {
        if (inDirective && node instanceof VariableReference variable) {
            names.add(variable.getName());
        }
        for (Node<?> child : node.getChildren()) {
            directiveVariables(child, inDirective || node instanceof Directive, names);
        }
    }

    private GraphQLSchema schema() {
        GraphQLSchema known = schema;
        if (known == null) {
            known = schemas.get();
            schema = known;
        }
        return known;
    }

    /** The {@code Type.field} coordinates compiled so far (for the coverage gate of the differential tests). */
    public Set<String> exercised() {
        return Collections.unmodifiableSet(exercised);
    }

    /** Vert.x JSON as the plain maps and lists graphql-java coerces. */
    private static Map<String, Object> plain(JsonObject object) {
        if (object == null) {
            return Map.of();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : object) {
            map.put(entry.getKey(), plainValue(entry.getValue()));
        }
        return map;
    }

    private static Object plainValue(Object value) {
        if (value instanceof JsonObject object) {
            return plain(object);
        }
        if (value instanceof JsonArray array) {
            List<Object> list = new ArrayList<>();
            array.forEach(element -> list.add(plainValue(element)));
            return list;
        }
        return value;
    }
}
