package org.majlis.http;

import static org.majlis.http.HttpErrors.refuse;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.majlis.compiled.CompiledPath;
import org.majlis.dataset.DatasetVersion;
import org.majlis.graphql.OperationMetrics;
import org.majlis.graphql.QueryLimits;

/**
 * Answers /graphql, GET and POST: queries over GET (GraphQL over HTTP) with HTTP caching, and Apollo's automatic
 * persisted queries over GET and POST; each is answered by the compiled read path ({@link CompiledPath}) when it can,
 * else by the resolvers (SmallRye). A GET never runs a mutation (405). A successful GET answer carries a strong
 * {@code ETag} and {@code Cache-Control: public, max-age=…}; {@code If-None-Match} with that ETag gets 304. In
 * persisted-only mode
 * ({@code majlis.graphql.persisted-only=true}) only the committed operations run.
 */
@ApplicationScoped
public class QueryEndpoint {
    static final String NOT_FOUND = "PersistedQueryNotFound";
    /**
     * With {@code majlis.compiled.engine-header} (the tests' profile only): a request header that sends a query to the
     * resolvers ({@value #RESOLVERS}), and the response header that says which path answered.
     */
    static final String ENGINE = "X-Majlis-Engine";
    static final String RESOLVERS = "resolvers";
    private static final byte[] DATA = "{\"data\":".getBytes(StandardCharsets.UTF_8);

    @Inject
    GraphqlExecutor executor;
    @Inject
    PersistedQueries persisted;
    @Inject
    CompiledPath compiled;
    @Inject
    DatasetVersion versions;
    @Inject
    OperationMetrics metrics;
    @ConfigProperty(name = "majlis.compiled.engine-header", defaultValue = "false")
    boolean engineHeader;
    @ConfigProperty(name = "majlis.graphql.persisted-only", defaultValue = "false")
    boolean persistedOnly;
    @ConfigProperty(name = "majlis.http.cache-max-age", defaultValue = "60")
    int cacheMaxAge;

    /** GET /graphql?query=…&variables=…&operationName=…&extensions=… (runs on a worker thread). */
    public void get(RoutingContext rc) {
        JsonObject request = new JsonObject();
        for (String name : List.of("variables", "extensions")) {
            String value = rc.request().getParam(name);
            if (value != null && !value.isBlank()) {
                try {
                    request.put(name, new JsonObject(value));
                } catch (DecodeException | ClassCastException e) {
                    refuse(rc, 400, "BAD_REQUEST", "`" + name + "` must be a JSON object.");
                    return;
                }
            }
        }
        request.put("query", rc.request().getParam("query"));
        request.put("operationName", rc.request().getParam("operationName"));
        answer(rc, request, true);
    }

    /** A POST whose body RequestGuard has checked (runs on a worker thread). */
    public void post(RoutingContext rc, JsonObject request) {
        answer(rc, request, false);
    }

    private void answer(RoutingContext rc, JsonObject request, boolean get) {
        String query = request.getString("query");
        String hash = persistedHash(request);
        if (hash != null) {
            if (query == null) {
                query = persisted.find(hash);
                if (query == null) {
                    // Apollo's protocol: the client then sends the query text with its hash
                    refuse(rc, 200, "PERSISTED_QUERY_NOT_FOUND", NOT_FOUND);
                    return;
                }
            } else if (!PersistedQueries.sha256(query).equals(hash)) {
                refuse(rc, 400, "PERSISTED_QUERY_HASH_MISMATCH", "extensions.persistedQuery.sha256Hash is not the"
                        + " SHA-256 of the query text.");
                return;
            } else if (!persistedOnly) {
                persisted.register(hash, query);
            }
        }
        if (query == null || query.isBlank()) {
            refuse(rc, 400, "BAD_REQUEST", "Give `query`, or `extensions.persistedQuery.sha256Hash` of a known"
                    + " operation.");
            return;
        }
        if (persistedOnly && !persisted.isCommitted(PersistedQueries.sha256(query))) {
            refuse(rc, 400, "PERSISTED_QUERY_REQUIRED", "This server runs only its committed operations; send"
                    + " `extensions.persistedQuery.sha256Hash` of one of them.");
            return;
        }
        if (get && !isQuery(query, request.getString("operationName"))) {
            rc.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(rc, 405, "METHOD_NOT_ALLOWED", "Only queries can be sent with GET; send mutations with POST.");
            return;
        }
        String operationName = request.getString("operationName");
        JsonObject variables = request.getValue("variables") instanceof JsonObject given ? given : null;
        String type = acceptsGraphqlResponse(rc) ? "application/graphql-response+json" : "application/json";
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, type + "; charset=utf-8");
        if (get && rc.request().getHeader(HttpHeaders.IF_NONE_MATCH) != null
                && fresh(rc, etag(versions.current(), type, query, operationName, variables))) {
            // the data changes only with a new dataset version: an unchanged request need not run again
            return;
        }
        boolean resolversOnly = engineHeader && RESOLVERS.equals(rc.request().getHeader(ENGINE));
        String client = metrics.clientLabel(rc.request().getHeader(OperationMetrics.CLIENT_HEADER));
        long started = System.nanoTime();
        CompiledPath.Answer answer = resolversOnly ? null : compiled.answer(query, operationName, variables,
                DatasetVersion.SQL);
        if (engineHeader) {
            rc.response().putHeader(ENGINE, answer != null ? "compiled" : RESOLVERS);
        }
        Buffer body;
        QueryLimits.Cost cost;
        long version;
        // a compiled answer has no errors: those come from the resolvers
        boolean failed = false;
        if (answer != null) {
            body = Buffer.buffer(DATA).appendBuffer(answer.data());
            cost = answer.cost();
            version = answer.snapshotValue();
            metrics.compiledAnswer(answer.operation(), client, System.nanoTime() - started);
        } else {
            request.put("query", query);
            request.remove("extensions");
            GraphqlExecutor.Executed executed = executor.execute(Json.createReader(new StringReader(request.encode()))
                    .readObject(), client);
            failed = executed.body().contains("\"errors\"");
            body = Buffer.buffer(executed.body().substring(0, executed.body().length() - 1));
            cost = executed.cost();
            // the version of the snapshot it read; the current one when it read none (refused before it ran)
            version = executed.dataVersion() != null ? executed.dataVersion() : versions.current();
        }
        body = withExtensions(body, failed ? null : cost, version);
        if (get && !failed) {
            if (fresh(rc, etag(version, type, query, operationName, variables))) {
                return;
            }
        } else {
            rc.response().headers().remove(HttpHeaders.ETAG);
            rc.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        rc.response().setStatusCode(200).end(body);
    }

    /**
     * Sets the caching headers of a successful GET answer with this ETag, and answers 304 when the client's copy is
     * this one: {@code If-None-Match} lists it (RFC 9110's weak comparison, as that header asks). Not Vert.x's
     * {@code isFresh}, which answers anew whenever the request says {@code Cache-Control: no-cache}, as every
     * {@code fetch} with an {@code If-None-Match} of its own does; that directive is for caches between, and the
     * origin is the one that validates.
     *
     * @return true when it answered 304
     */
    private boolean fresh(RoutingContext rc, String etag) {
        rc.response().putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + cacheMaxAge)
                .putHeader(HttpHeaders.VARY, "Accept, Accept-Encoding");
        if (!matches(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return false;
        }
        rc.response().headers().remove(HttpHeaders.CONTENT_TYPE);
        rc.response().setStatusCode(304).end();
        return true;
    }

    /** True when an {@code If-None-Match} value is {@code *} or lists the ETag, weak or strong. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String listed : ifNoneMatch.split(",")) {
            String tag = listed.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A GET answer's strong ETag: a digest of what determines its body, the dataset version it was read from and the
     * request (the media type, the document, the operation and the variables as sent), so that a revalidation can be
     * answered before anything runs, and any new load changes it.
     */
    static String etag(long version, String type, String query, String operationName, JsonObject variables) {
        return "\"" + digest(version + "\n" + type + "\n" + operationName + "\n" + query + "\n"
                + (variables == null ? "" : variables.encode())) + "\"";
    }

    /**
     * Closes a response body that lacks its final {@code }}, with {@code extensions}: the dataset version the answer
     * was read from, and the cost of a successful operation (as Shopify reports it, so that integrators see their
     * budget); the same on both read paths.
     */
    private static Buffer withExtensions(Buffer open, QueryLimits.Cost cost, long version) {
        return open.appendString(",\"extensions\":{" + (cost == null ? "" : "\"cost\":" + cost.json() + ",")
                + "\"dataVersion\":" + version + "}}");
    }

    private static String persistedHash(JsonObject request) {
        Object extensions = request.getValue("extensions");
        if (extensions instanceof JsonObject ext && ext.getValue("persistedQuery") instanceof JsonObject pq
                && pq.getValue("sha256Hash") instanceof String hash) {
            return hash.toLowerCase();
        }
        return null;
    }

    /** True when the operation to run is a query (a syntax error is left to the engine to report). */
    private static boolean isQuery(String query, String operationName) {
        Document document;
        try {
            document = new Parser().parseDocument(query);
        } catch (InvalidSyntaxException e) {
            return true;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(o -> operationName == null || operationName.equals(o.getName()))
                .allMatch(o -> o.getOperation() == OperationDefinition.Operation.QUERY);
    }

    private static boolean acceptsGraphqlResponse(RoutingContext rc) {
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("application/graphql-response+json");
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
