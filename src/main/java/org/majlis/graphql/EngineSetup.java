package org.majlis.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.parser.ParserOptions;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Adds majlis' pieces to the GraphQL engine SmallRye builds: per-operation metrics, the query limits and the
 * error rewriting, after SmallRye's own instrumentation (its query cache), a bound on the tokens of documents, and
 * leaner fetchers for batched fields ({@link BatchFetchers}).
 *
 * <p>A SmallRye {@link EventingService} found by the ServiceLoader (META-INF/services), always enabled (no config
 * key), rather than a CDI observer: CDI events ({@code quarkus.smallrye-graphql.events.enabled}) would also fire
 * before and after every field of every request, and resolving their observers cost more CPU than the rest of a
 * simple query (issue 5 profile).
 */
public class EngineSetup implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQL built = builder.build();
        builder.schema(BatchFetchers.lean(built.getGraphQLSchema()));
        builder.instrumentation(new ChainedInstrumentation(List.of(built.getInstrumentation(),
                bean(OperationMetrics.class), bean(QueryLimits.class), bean(ErrorSanitizer.class))));
        int maxTokens = ConfigProvider.getConfig().getOptionalValue("majlis.graphql.max-tokens", Integer.class)
                .orElse(5000);
        // graphql-java's default for operations; SmallRye's parser-max-tokens only affects schema parsing
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(
                options -> options.maxTokens(maxTokens)));
        return builder;
    }

    /** The bean itself, not its client proxy: the instrumentations are called for every field. */
    private static <T> T bean(Class<T> type) {
        return ClientProxy.unwrap(Arc.container().instance(type).get());
    }
}
