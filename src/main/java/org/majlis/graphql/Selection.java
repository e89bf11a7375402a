package org.majlis.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What the client selected below the field being resolved, so work nobody asked for is skipped. */
@ApplicationScoped
public class Selection {
    @Inject
    Context context;

    /** True when the connection's {@code totalCount} is selected (directly, by alias or in a fragment). */
    public boolean totalCount() {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        return env == null || env.getSelectionSet().contains("totalCount");
    }
}
