package org.majlis.graphiql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.majlis.graphql.GraphQLClient.ok;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * GraphiQL is served by the application itself, with local assets, and opens with the example tabs; each
 * example runs without errors. (The browser test in clients/ clicks through it.)
 */
@QuarkusTest
class GraphiqlTest {

    @Test
    void graphiqlOpensWithTheExampleTabs() {
        given().when().get("/graphiql")
                .then().statusCode(200).header("Content-Type", containsString("text/html"))
                .body(containsString("MeetingsWithIom"))
                .body(containsString("ByArabicOrganisationName"))
                .body(containsString("FigureWithEvidence"))
                .body(not(containsString("src=\"http")))
                .body(not(containsString("href=\"http")));
    }

    @Test
    void itsAssetsAreServedLocally() {
        for (String asset : new String[] {"graphiql.min.js", "graphiql.min.css", "react.production.min.js",
            "react-dom.production.min.js"}) {
            given().when().get("/q/graphql-ui/" + asset).then().statusCode(200);
        }
    }

    @Test
    void everyExampleRunsWithoutErrors() throws IOException {
        for (String name : GraphiqlRoute.EXAMPLES) {
            try (InputStream in = GraphiqlRoute.class.getResourceAsStream("/graphiql/" + name + ".graphql")) {
                ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
