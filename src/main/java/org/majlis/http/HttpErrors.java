package org.majlis.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/** A request refused before GraphQL runs, answered in the GraphQL error shape with {@code extensions.code}. */
public final class HttpErrors {
    private HttpErrors() {
    }

    public static void refuse(RoutingContext rc, int status, String code, String message) {
        JsonObject error = new JsonObject(Map.of("message", message, "extensions", Map.of("code", code)));
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
