package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mobile card list stays light on slow links. Measured on the seed data (README): 6 cards (all there are)
 * = 4,955 bytes raw, 1,572 gzipped, about 830 raw bytes a card. Budget: 1,024 raw bytes a card, so a page of 20
 * cards stays under 20 KiB raw.
 */
@QuarkusTest
class MobileSizeBudgetTest {
    private static final int BYTES_PER_CARD = 1024;

    @Test
    void aPageOfMeetingCardsStaysWithinItsBudget() throws IOException {
        String cards = Files.readString(PersistedQueriesTest.MOBILE.resolve("MeetingCards.graphql"), StandardCharsets.UTF_8);
        Response response = given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + PersistedQueries.sha256(cards) + "\"}}").queryParam("variables", "{\"first\": 20}")
                .when().get("/graphql");
        List<Object> nodes = response.jsonPath().getList("data.meetings.nodes");
        assertEquals(6, nodes.size());
        int bytes = response.asByteArray().length;
        assertTrue(bytes <= nodes.size() * BYTES_PER_CARD,
                bytes + " bytes for " + nodes.size() + " cards, over the budget of " + BYTES_PER_CARD + " a card");
    }
}
