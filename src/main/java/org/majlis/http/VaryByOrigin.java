package org.majlis.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;

/**
 * Quarkus' CORS filter ({@code quarkus.http.cors.*} in application.properties) answers a cross-origin request with
 * the caller's own origin in {@code Access-Control-Allow-Origin}, and a request without {@code Origin} with none, but
 * does not say that the answer depends on it. A shared cache could then hand one page's answer to a page of another
 * origin, which the browser would refuse; so every answer says {@code Vary: Origin}, added when its headers are
 * written, after whatever {@code Vary} the route set.
 */
@ApplicationScoped
public class VaryByOrigin {
    static final String ORIGIN = "Origin";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::tag);
    }

    private void tag(RoutingContext rc) {
        rc.addHeadersEndHandler(ignored -> addOrigin(rc.response().headers()));
        rc.next();
    }

    static void addOrigin(MultiMap headers) {
        String vary = String.join(", ", headers.getAll(HttpHeaders.VARY));
        boolean covered = Arrays.stream(vary.split(",")).map(String::trim)
                .anyMatch(name -> name.equalsIgnoreCase(ORIGIN) || name.equals("*"));
        if (!covered) {
            headers.set(HttpHeaders.VARY, vary.isBlank() ? ORIGIN : vary + ", " + ORIGIN);
        }
    }
}
