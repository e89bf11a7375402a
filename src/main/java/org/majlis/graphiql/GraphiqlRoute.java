package org.majlis.graphiql;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /graphiql}: the GraphiQL bundled with the service (its assets under /q/graphql-ui/, so it works with no
 * internet), opening with one tab per example in src/main/resources/graphiql/.
 */
@ApplicationScoped
public class GraphiqlRoute {
    static final String PATH = "/graphiql";
    static final List<String> EXAMPLES = List.of("1-meetings-with-iom", "2-arabic-organisation",
            "3-figure-with-evidence");

    void register(@Observes Router router) {
        JsonArray tabs = new JsonArray();
        EXAMPLES.forEach(name -> tabs.add(new JsonObject().put("query", resource(name + ".graphql"))));
        // "</" must not close the script element the tabs are written into
        String page = resource("index.html").replace("/*EXAMPLE_TABS*/[]", tabs.encode().replace("</", "<\\/"));
        router.get(PATH).handler(rc -> rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache").end(page));
    }

    private static String resource(String name) {
        try (InputStream in = GraphiqlRoute.class.getResourceAsStream("/graphiql/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the GraphiQL page and its examples are packaged with the service", e);
        }
    }
}
