package org.majlis.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * schema.graphql at the repository root is the committed API contract: it must equal the served schema. After an
 * intended change, rewrite it with {@code scripts/test -Dtest=SchemaContractTest -Dmajlis.schema.update=true}.
 */
@QuarkusTest
class SchemaContractTest {
    private static final Path CONTRACT = Path.of("schema.graphql");

    @Test
    void servedSchemaEqualsTheCommittedContract() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("majlis.schema.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertEquals(Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "(missing)", served,
                "The served schema differs from schema.graphql. If the change is intended, run: "
                        + "scripts/test -Dtest=SchemaContractTest -Dmajlis.schema.update=true");
    }
}
