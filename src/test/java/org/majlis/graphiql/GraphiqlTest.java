package org.majlis.graphiql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;

/** GraphiQL is served by the application itself, with its assets, and opens on an example query. */
@QuarkusTest
class GraphiqlTest {

    @Test
    void graphiqlOpensWithTheExampleQuery() {
        given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .when().get("/graphiql")
                .then().statusCode(302)
                .header("Location", startsWith("/q/graphql-ui/?query="))
                .header("Location", containsString("MeetingsWithIom"));
    }

    @Test
    void graphiqlPageAndItsAssetsAreLocal() {
        given().when().get("/q/graphql-ui/").then().statusCode(200)
                .body(containsString("graphiql.min.js"))
                .body(not(containsString("<script src=\"http")));
        given().when().get("/q/graphql-ui/graphiql.min.js").then().statusCode(200);
        given().when().get("/q/graphql-ui/render.js").then().statusCode(200);
    }
}
