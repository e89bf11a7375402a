package org.majlis.graphiql;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /graphiql} opens the bundled GraphiQL (served from the application itself, no internet needed) with an
 * example query in the editor; GraphiQL reads the {@code query} URL parameter.
 */
@ApplicationScoped
public class GraphiqlRoute {
    static final String PATH = "/graphiql";
    private static final String UI = "/q/graphql-ui/";

    void register(@Observes Router router) {
        String target = UI + "?query=" + URLEncoder.encode(example(), StandardCharsets.UTF_8).replace("+", "%20");
        router.get(PATH).handler(rc -> rc.redirect(target));
    }

    private static String example() {
        try (InputStream in = GraphiqlRoute.class.getResourceAsStream("/graphiql/example.graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the example query is packaged with the application", e);
        }
    }
}
