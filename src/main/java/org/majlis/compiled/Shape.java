package org.majlis.compiled;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.ValuesResolver;
import graphql.language.ArrayValue;
import graphql.language.ObjectValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A plan's normalised operation for one set of {@code @skip}/{@code @include} values, and the SQL compiled once for
 * it. The operation's structure depends on nothing else, so it is normalised once, not per request; what a request
 * changes is the arguments that use variables, which {@link #arguments} resolves anew each time. A field whose whole
 * selection uses no variable compiles to the same SQL for every request ({@link SqlType}s are pure functions of
 * their arguments), so its SQL is kept ({@link #fragment}) and only the fields that use variables, with the fields
 * around them, are compiled per request. Each field has a number, which names its SQL aliases, so that the SQL of a
 * field is the same whatever was compiled before it.
 */
final class Shape {
    final ExecutableNormalizedOperation operation;
    private final GraphQLSchema schema;
    private final Map<ExecutableNormalizedField, Integer> numbers = new IdentityHashMap<>();
    private final Set<ExecutableNormalizedField> usingVariables = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<ExecutableNormalizedField> constant = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Key, Fragment> fragments = new ConcurrentHashMap<>();
    private final Map<Key, List<String>> orders = new ConcurrentHashMap<>();

    /** The SQL of one field on one object type and row: text with JDBC {@code ?}, its values, the fields it covers. */
    record Fragment(String sql, List<Object> values, Set<String> exercised) {
    }

    private record Key(int field, String type, Row row) {
    }

    Shape(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
        this.operation = operation;
        this.schema = schema;
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            visit(field);
        }
    }

    /** Numbers the field and its selection in document order; true when none of them uses a variable. */
    private boolean visit(ExecutableNormalizedField field) {
        numbers.put(field, numbers.size());
        boolean free = field.getAstArguments().stream().noneMatch(argument -> usesVariable(argument.getValue()));
        if (!free) {
            usingVariables.add(field);
        }
        for (ExecutableNormalizedField child : field.getChildren()) {
            free &= visit(child);
        }
        if (free) {
            constant.add(field);
        }
        return free;
    }

    private static boolean usesVariable(Value<?> value) {
        if (value instanceof VariableReference) {
            return true;
        }
        if (value instanceof ObjectValue object) {
            return object.getObjectFields().stream().anyMatch(field -> usesVariable(field.getValue()));
        }
        return value instanceof ArrayValue array && array.getValues().stream().anyMatch(Shape::usesVariable);
    }

    int number(ExecutableNormalizedField field) {
        return numbers.get(field);
    }

    /** True when the field and its whole selection are the same for every request of this shape. */
    boolean isConstant(ExecutableNormalizedField field) {
        return constant.contains(field);
    }

    /** The field's coerced arguments for this request (those without variables were resolved when normalising). */
    Map<String, Object> arguments(ExecutableNormalizedField field, CoercedVariables variables) {
        if (!usingVariables.contains(field)) {
            return field.getResolvedArguments();
        }
        return ValuesResolver.getArgumentValues(field.getFieldDefinitions(schema).get(0).getArguments(),
                field.getAstArguments(), variables, GraphQLContext.getDefault(), Locale.ENGLISH);
    }

    /** The kept SQL of a constant field on {@code type} and {@code row}, compiled by {@code compile} the first time. */
    Fragment fragment(ExecutableNormalizedField field, String type, Row row, Supplier<Fragment> compile) {
        Key key = new Key(number(field), type, row);
        Fragment known = fragments.get(key);
        if (known == null) {
            known = compile.get();
            fragments.put(key, known);
        }
        return known;
    }

    /** The result keys of an interface field's selection on one object type, in the engine's order, kept. */
    List<String> order(ExecutableNormalizedField field, String type, Supplier<List<String>> collect) {
        return orders.computeIfAbsent(new Key(number(field), type, null), key -> List.copyOf(collect.get()));
    }

    static Fragment fragment(String sql, List<Object> values, Set<String> exercised) {
        return new Fragment(sql, Collections.unmodifiableList(new ArrayList<>(values)), Set.copyOf(exercised));
    }
}
