package org.majlis.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.majlis.health.DatabaseErrors;

/**
 * Rewrites every GraphQL error before it reaches a client: graphql-java and SmallRye word some errors with their
 * internals (AST text such as {@code StringValue{value='x'}}, Java class names, {@code SRGQL} codes). Each error
 * gets a plain message and an {@code extensions.code}; an unexpected failure becomes INTERNAL_SERVER_ERROR with
 * no detail for the client and is logged here with its stack trace. Client mistakes are not logged as errors.
 */
@ApplicationScoped
@Unremovable // looked up by EngineSetup, which SmallRye creates outside CDI
public class ErrorSanitizer extends SimplePerformantInstrumentation {
    private static final Logger LOG = Logger.getLogger(ErrorSanitizer.class);
    private static final Pattern INVALID_ARGUMENT = Pattern.compile(
            "argument '([^']+)' with value '?(.*?)'? is not a valid '([^']+)'.*", Pattern.DOTALL);
    private static final Pattern AST_VALUE = Pattern.compile("\\w+Value\\{(?:value|name)=(?:'([^']*)'|([^}]*))\\}");
    private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][\\w$]*)");
    private static final Pattern DATE_LIKE = Pattern.compile("\"([+-]?\\d+-\\d+-\\d+)\"");

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        boolean caused = result.getErrors().stream().anyMatch(e -> e.getErrorType() != ErrorType.NullValueInNonNullableField);
        List<GraphQLError> errors = new ArrayList<>();
        for (GraphQLError error : result.getErrors()) {
            // a non-null field left null because its arguments were refused: the refusal already says why
            if (!(caused && error.getErrorType() == ErrorType.NullValueInNonNullableField)) {
                errors.add(sanitize(error));
            }
        }
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result)
                .errors(errors).build());
    }

    static GraphQLError sanitize(GraphQLError error) {
        ApiException api = apiException(error);
        // our own messages are written for clients; the engine's are reworded
        String raw = error.getMessage() == null ? "" : error.getMessage();
        String code = api != null ? api.code() : codeOf(error);
        String message = api != null ? api.getMessage() : reword(raw);
        if (api == null && (INVALID_ARGUMENT.matcher(raw).find() || isVariableCoercion(error))) {
            code = "BAD_USER_INPUT";
        } else if ("INTERNAL_SERVER_ERROR".equals(code) && coercion(error) != null) {
            // SmallRye reads some literals (e.g. an Int beyond 32 bits) only when the resolver is called
            code = "BAD_USER_INPUT";
            message = "An argument of `" + fieldOf(error) + "` has an invalid value: " + reword(coercion(error)) + ".";
        } else if ("INTERNAL_SERVER_ERROR".equals(code) && databaseUnavailable(error)) {
            code = "SERVICE_UNAVAILABLE";
            message = "The database is unavailable; please retry in a few seconds.";
        } else if ("INTERNAL_SERVER_ERROR".equals(code)) {
            LOG.errorf(error instanceof ExceptionWhileDataFetching f ? f.getException() : null,
                    "Internal error at %s: %s", error.getPath(), raw);
            message = "Internal error. The request can be retried; if it keeps failing, please report it.";
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        // the classification repeats the code instead of graphql-java's names (e.g. DataFetchingException)
        return GraphqlErrorBuilder.newError().message(message).locations(error.getLocations()).path(error.getPath())
                .errorType(ErrorClassification.errorClassification(code)).extensions(extensions).build();
    }

    private static String reword(String message) {
        Matcher invalid = INVALID_ARGUMENT.matcher(message);
        if (invalid.find()) {
            message = message.substring(0, invalid.start()) + invalidArgument(invalid.group(1), invalid.group(2),
                    invalid.group(3));
        }
        String withoutAst = AST_VALUE.matcher(message.replaceAll(" - SRGQL\\d+:.*", "")).replaceAll(
                m -> Matcher.quoteReplacement("'" + (m.group(1) != null ? m.group(1) : m.group(2)) + "'"));
        return QUALIFIED_CLASS.matcher(withoutAst).replaceAll("$1");
    }

    /** graphql-java's refusal of a variable's value, e.g. "Variable 'first' has an invalid value: …". */
    private static boolean isVariableCoercion(GraphQLError error) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        return error.getErrorType() == ErrorType.ValidationError && message.startsWith("Variable '")
                && message.contains("has an invalid value");
    }

    private static String coercion(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            for (Throwable t = fetching.getException(); t != null; t = t.getCause()) {
                if (t instanceof CoercingParseLiteralException || t instanceof CoercingParseValueException) {
                    return String.valueOf(t.getMessage()).replaceFirst("^SRGQL\\d+: ", "");
                }
            }
        }
        return null;
    }

    private static String fieldOf(GraphQLError error) {
        List<Object> path = error.getPath();
        return path == null || path.isEmpty() ? "the query" : String.valueOf(path.get(path.size() - 1));
    }

    private static boolean databaseUnavailable(GraphQLError error) {
        return error instanceof ExceptionWhileDataFetching fetching && DatabaseErrors.unavailable(fetching.getException());
    }

    private static ApiException apiException(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            for (Throwable t = fetching.getException(); t != null; t = t.getCause()) {
                if (t instanceof ApiException api) {
                    return api;
                }
            }
        }
        return null;
    }

    private static String codeOf(GraphQLError error) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code instanceof String given && !(error instanceof ExceptionWhileDataFetching)) {
            return given; // set by QueryLimits
        }
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return "GRAPHQL_PARSE_FAILED";
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            return "GRAPHQL_VALIDATION_FAILED";
        }
        return "INTERNAL_SERVER_ERROR";
    }

    private static String invalidArgument(String argument, String value, String type) {
        String expected = QUALIFIED_CLASS.matcher(type.replace("Unknown Scalar Type ", "").replaceAll("[\\[\\]]", ""))
                .replaceAll("$1");
        StringBuilder message = new StringBuilder("argument '").append(argument).append("' has an invalid value");
        Matcher scalar = AST_VALUE.matcher(value);
        if (scalar.matches()) {
            String literal = scalar.group(1) != null ? scalar.group(1) : scalar.group(2);
            // an input object is reported as its whole JSON text: too long to be useful in a message
            if (!literal.startsWith("{") && !literal.startsWith("[")) {
                message.append(" '").append(literal).append("'");
            }
        }
        message.append(": expected ").append(expected);
        // an input object is reported whole; point at the part that is most often wrong: a date
        Matcher date = DATE_LIKE.matcher(value);
        while (date.find()) {
            try {
                LocalDate.parse(date.group(1));
            } catch (DateTimeParseException e) {
                message.append("; '").append(date.group(1)).append("' is not a valid date (YYYY-MM-DD)");
            }
        }
        return message.append('.').toString();
    }
}
