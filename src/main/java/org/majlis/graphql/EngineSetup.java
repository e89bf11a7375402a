package org.majlis.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.parser.ParserOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Adds majlis' pieces to the GraphQL engine SmallRye builds (a CDI event, enabled by
 * {@code quarkus.smallrye-graphql.events.enabled}): per-operation metrics, the query limits and the error
 * rewriting, after SmallRye's own instrumentation (its query cache), and a bound on the tokens of documents.
 */
@ApplicationScoped
public class EngineSetup {

    void customise(@Observes GraphQL.Builder builder, QueryLimits limits, ErrorSanitizer sanitizer,
            OperationMetrics metrics,
            @ConfigProperty(name = "majlis.graphql.max-tokens", defaultValue = "5000") int maxTokens) {
        builder.instrumentation(new ChainedInstrumentation(List.of(builder.build().getInstrumentation(), metrics,
                limits, sanitizer)));
        // graphql-java's default for operations; SmallRye's parser-max-tokens only affects schema parsing
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(
                options -> options.maxTokens(maxTokens)));
    }
}
