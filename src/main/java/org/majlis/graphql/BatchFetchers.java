package org.majlis.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;
import java.util.HashMap;
import java.util.Map;
import org.dataloader.DataLoader;

/**
 * Replaces SmallRye's fetchers of batched fields ({@code @Source List<...>} resolvers). For every parent object,
 * SmallRye's {@link BatchDataFetcher} fills its request context (the field's path as a string and its selection as
 * JSON) and wraps the data loader's future in a Mutiny {@code Uni} that captures and restores the CDI, JTA and
 * GraphQL contexts when it completes: for the dashboard list (about 180 parents per request) that was a fifth of the
 * service's CPU in the issue 5 profile. This fetcher hands the parent to the same data loader with the same key
 * context (arguments and environment), which is all the batch loader reads; the batch itself still runs through
 * SmallRye and Quarkus, once per field and level, in the request's contexts.
 */
final class BatchFetchers {
    private BatchFetchers() {
    }

    /** The schema with every SmallRye batch fetcher replaced by a {@link LoaderFetcher}. */
    static GraphQLSchema lean(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder leaner = GraphQLCodeRegistry.newCodeRegistry(registry);
        for (var type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    if (registry.getDataFetcher(coordinates, field) instanceof BatchDataFetcher<?> batch) {
                        leaner.dataFetcher(coordinates, new LoaderFetcher(operationOf(batch)));
                    }
                }
            }
        }
        return schema.transform(builder -> builder.codeRegistry(leaner.build()));
    }

    private static Operation operationOf(BatchDataFetcher<?> fetcher) {
        try {
            var field = BatchDataFetcher.class.getDeclaredField("operation");
            field.setAccessible(true);
            return (Operation) field.get(fetcher);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SmallRye's BatchDataFetcher no longer has an `operation` field", e);
        }
    }

    /**
     * Hands the parent to the field's data loader, with the key context SmallRye's batch loader reads. SmallRye has
     * one loader per field, and its batch loader applies the arguments of the batch's first key to every key: one
     * document asking a field with two different arguments ({@code organisations(role: PARTICIPANT)} beside
     * {@code organisations}) got the second list computed with the first's. So a field asked with arguments gets a
     * loader of its own per set of arguments in the request, with the same batch function.
     */
    private static final class LoaderFetcher implements DataFetcher<Object> {
        private final String loaderName;
        private final ArgumentHelper arguments;

        LoaderFetcher(Operation operation) {
            this.loaderName = new BatchLoaderHelper().getName(operation);
            this.arguments = new ArgumentHelper(operation.getArguments());
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Map<String, Object> keyContext = new HashMap<>(4);
            keyContext.put(BatchLoaderHelper.ARGUMENTS, arguments.getArguments(environment, true));
            keyContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
            DataLoader<Object, Object> loader = environment.getDataLoader(loaderName);
            if (!environment.getArguments().isEmpty()) {
                loader = environment.getDataLoaderRegistry().computeIfAbsent(loaderName + environment.getArguments(),
                        name -> loaderFor(name, environment.getDataLoader(loaderName)));
            }
            return loader.load(environment.getSource(), keyContext);
        }

        private static DataLoader<Object, Object> loaderFor(String name, DataLoader<Object, Object> field) {
            return field.transform(builder -> builder.name(name));
        }
    }
}
