package org.majlis.http;

import static org.majlis.http.HttpErrors.refuse;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.majlis.health.DatabaseMonitor;

/**
 * Checks every request to /graphql before SmallRye GraphQL sees it: while PostgreSQL does not answer, 503 at
 * once (see {@link DatabaseMonitor}); then for POST: only {@code application/json} bodies (a
 * cross-site form or {@code text/plain} post is refused with 415), at most the configured size (413), well-formed
 * JSON (400) with {@code query} a string and {@code variables}, {@code operationName} and {@code extensions} of
 * the right JSON types (400), and a document of at most {@code majlis.graphql.max-tokens} tokens (400). Each
 * refusal is a GraphQL-shaped error body with {@code extensions.code}. What passes is answered by
 * {@link QueryEndpoint} on a worker thread; SmallRye's own HTTP handler never sees /graphql.
 */
@ApplicationScoped
public class RequestGuard {
    /** Runs before the routes extensions register (which use order 0 and up). */
    private static final int ORDER = -100;

    @ConfigProperty(name = "majlis.graphql.max-tokens", defaultValue = "5000")
    int maxTokens;
    @Inject
    DatabaseMonitor database;
    @Inject
    QueryEndpoint queries;

    void register(@Observes Router router, @ConfigProperty(name = "quarkus.smallrye-graphql.root-path",
            defaultValue = "graphql") String rootPath, @ConfigProperty(name = "majlis.http.max-body-bytes",
                    defaultValue = "1048576") long maxBodyBytes) {
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        router.route(path).order(ORDER - 1).handler(this::checkDatabase);
        router.route(HttpMethod.POST, path).order(ORDER).handler(this::checkContentType);
        router.route(HttpMethod.POST, path).order(ORDER + 1).handler(BodyHandler.create().setBodyLimit(maxBodyBytes));
        router.route(HttpMethod.POST, path).order(ORDER + 2).handler(this::checkBody);
        router.route(HttpMethod.GET, path).order(ORDER + 2).blockingHandler(queries::get, false);
    }

    /** Fails fast while PostgreSQL does not answer, rather than letting requests queue for connections. */
    private void checkDatabase(RoutingContext rc) {
        if (!database.available()) {
            rc.response().putHeader("Retry-After", "5");
            refuse(rc, 503, "SERVICE_UNAVAILABLE", "The database is unavailable; please retry in a few seconds.");
            return;
        }
        rc.next();
    }

    private void checkContentType(RoutingContext rc) {
        String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        // GraphiQL's fetcher sends "application/json, application/json" (its header merged with the default)
        String mediaType = type == null ? "" : mediaType(type);
        if (!mediaType.equals("application/json")) {
            refuse(rc, 415, "UNSUPPORTED_MEDIA_TYPE", "POST " + rc.normalizedPath()
                    + " takes a JSON body with Content-Type: application/json (got "
                    + (type == null ? "no Content-Type" : "'" + abbreviate(type) + "'") + ").");
            return;
        }
        rc.next();
    }

    /** The media type of a Content-Type value, before any parameter (;) or second value (,), in lower case. */
    private static String mediaType(String contentType) {
        int end = contentType.length();
        for (int i = 0; i < contentType.length(); i++) {
            char c = contentType.charAt(i);
            if (c == ';' || c == ',') {
                end = i;
                break;
            }
        }
        return contentType.substring(0, end).trim().toLowerCase(Locale.ROOT);
    }

    private void checkBody(RoutingContext rc) {
        Buffer body = rc.body().buffer();
        Object parsed;
        try {
            parsed = body == null || body.length() == 0 ? null : Buffer.buffer(body.getBytes()).toJsonValue();
        } catch (DecodeException | IllegalStateException e) {
            refuse(rc, 400, "BAD_REQUEST", "The request body is not valid JSON.");
            return;
        }
        if (!(parsed instanceof JsonObject request)) {
            refuse(rc, 400, "BAD_REQUEST", "The request body must be a JSON object such as {\"query\": \"{ __typename }\"}.");
            return;
        }
        String problem = shapeProblem(request);
        if (problem != null) {
            refuse(rc, 400, "BAD_REQUEST", problem);
            return;
        }
        // a token is at least one character: only a longer document needs counting
        String query = request.getString("query");
        if (query != null && query.length() > maxTokens && tooManyTokens(query)) {
            refuse(rc, 400, "QUERY_TOO_LARGE", "The query document has more than " + maxTokens
                    + " tokens; at most " + maxTokens + " are allowed.");
            return;
        }
        // the whole request on one worker thread (resolvers and batch loads alike), so that it can read one
        // snapshot in one transaction (GraphqlExecutor)
        rc.vertx().executeBlocking(() -> {
            queries.post(rc, request);
            return null;
        }, false);
    }

    /**
     * Counts tokens with graphql-java's own lexer, stopping at the limit. (The engine enforces the same limit, but
     * reports it only as an unparseable document.) Syntax errors are left to the engine, which reports them.
     */
    private boolean tooManyTokens(String query) {
        try {
            new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions().transform(o -> o.maxTokens(maxTokens)))
                    .build());
            return false;
        } catch (ParseCancelledException e) {
            return true;
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }

    private static String shapeProblem(JsonObject request) {
        Object query = request.getValue("query");
        boolean persisted = request.getValue("extensions") instanceof JsonObject extensions
                && extensions.containsKey("persistedQuery");
        if (query == null && !persisted || query != null && !(query instanceof String text && !text.isBlank())) {
            return "`query` must be a non-empty string holding a GraphQL document.";
        }
        Object variables = request.getValue("variables");
        if (variables != null && !(variables instanceof JsonObject)) {
            return "`variables` must be a JSON object (or null), got " + jsonType(variables) + ".";
        }
        Object operationName = request.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            return "`operationName` must be a string (or null), got " + jsonType(operationName) + ".";
        }
        Object extensions = request.getValue("extensions");
        if (extensions != null && !(extensions instanceof JsonObject)) {
            return "`extensions` must be a JSON object (or null), got " + jsonType(extensions) + ".";
        }
        return null;
    }

    private static String jsonType(Object value) {
        if (value instanceof JsonArray) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return value instanceof Boolean ? "a boolean" : "another type";
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
