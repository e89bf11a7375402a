package org.majlis.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.majlis.graphql.GraphQLClient.document;
import static org.majlis.graphql.GraphQLClient.failing;
import static org.majlis.graphql.GraphQLClient.ok;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.majlis.text.TextNormaliser;

/** `search` through the HTTP endpoint against the seed data. */
@QuarkusTest
class SearchTest {
    private static final String SEARCH = document("search");

    @Inject
    TextNormaliser normaliser;

    private static JsonPath search(String query, List<String> types) {
        return ok(SEARCH, types == null ? Map.of("query", query) : Map.of("query", query, "types", types));
    }

    @Test
    void aPersonByASurnameInEitherScript() {
        for (String query : List.of("Belbeisi", "بلبيسي", "البلبيسي")) {
            JsonPath found = search(query, List.of("PERSON"));
            assertEquals("othman-belbeisi", found.getString("data.search.nodes[0].item.key"), query);
            assertEquals("Person", found.getString("data.search.nodes[0].item.__typename"));
        }
    }

    @Test
    void anExactNameOutranksEverythingElse() {
        JsonPath found = search("IOM", null);
        assertEquals("iom", found.getString("data.search.nodes[0].item.key"));
        assertEquals("acronym", found.getString("data.search.nodes[0].matchedField"));
        assertEquals("IOM", found.getString("data.search.nodes[0].matchedText"));
        assertEquals(2.0f, found.getFloat("data.search.nodes[0].score"));
        List<Float> scores = found.getList("data.search.nodes.score", Float.class);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "scores descend: " + scores);
        }
    }

    @Test
    void aFigureWrittenWithArabicIndicDigits() {
        for (String query : List.of("٧٠٤١٤٢", "٧٠٤٫١٤٢", "704.142", "704142")) {
            JsonPath found = search(query, List.of("FIGURE"));
            assertEquals("dtm-migrants-2018", found.getString("data.search.nodes[0].item.key"), query);
            assertEquals("value", found.getString("data.search.nodes[0].matchedField"), query);
            assertEquals("704.142", found.getString("data.search.nodes[0].matchedText"), query);
        }
    }

    @Test
    void snippetOffsetsPointAtTheMatchedTextAsWritten() {
        // 002 writes تنظيماً with tanween; the query has none
        JsonPath found = search("تنظيما في ليبيا", List.of("DOCUMENT"));
        assertEquals(1, found.getInt("data.search.totalCount"));
        Map<String, Object> hit = found.getMap("data.search.nodes[0]");
        assertEquals("body", hit.get("matchedField"));
        String text = found.getString("data.search.nodes[0].item.text");
        int start = found.getInt("data.search.nodes[0].snippet.matchStart");
        int end = found.getInt("data.search.nodes[0].snippet.matchEnd");
        assertEquals("تنظيماً في ليبيا", text.substring(start, end));
        int snippetStart = found.getInt("data.search.nodes[0].snippet.start");
        assertEquals(text.substring(snippetStart, found.getInt("data.search.nodes[0].snippet.end")),
                found.getString("data.search.nodes[0].snippet.text"));
        assertTrue(snippetStart <= start);
    }

    @Test
    @TestTransaction
    void everyDocumentSnippetMatchesTheQueryAfterNormalisation() {
        for (String query : List.of("الامم المتحده", "المنظمه الدوليه للهجره", "امي بوب", "ليبيا")) {
            JsonPath found = search(query, List.of("DOCUMENT"));
            List<Map<String, Object>> nodes = found.getList("data.search.nodes");
            assertTrue(!nodes.isEmpty(), query);
            for (int i = 0; i < nodes.size(); i++) {
                String text = found.getString("data.search.nodes[" + i + "].item.text");
                int start = found.getInt("data.search.nodes[" + i + "].snippet.matchStart");
                int end = found.getInt("data.search.nodes[" + i + "].snippet.matchEnd");
                assertEquals(normaliser.normalise("q", query), normaliser.normalise("q", text.substring(start, end)),
                        query + " in " + found.getString("data.search.nodes[" + i + "].item.slug"));
            }
        }
    }

    @Test
    void mixedArabicAndEnglishQueries() {
        // the meeting's English title names Swing, its Arabic text Jalala
        JsonPath found = search("Swing جلالة", List.of("MEETING"));
        assertEquals("swing-jalala", found.getString("data.search.nodes[0].item.key"));
        // tashkeel or not, the same results
        assertEquals(search("المنظمة الدولية للهجرة", null).getList("data.search.nodes.item.id"),
                search("المُنَظَّمَةُ الدَّوْلِيَّةُ لِلْهِجْرَةِ", null).getList("data.search.nodes.item.id"));
    }

    @Test
    void pagesDoNotOverlapAndCountAll() {
        JsonPath first = ok(SEARCH, Map.of("query", "ليبيا", "first", 2));
        int total = first.getInt("data.search.totalCount");
        assertTrue(total > 4, "ليبيا is in most records: " + total);
        List<String> seen = new ArrayList<>(first.getList("data.search.nodes.item.id"));
        JsonPath second = ok(SEARCH, Map.of("query", "ليبيا", "first", 2,
                "after", first.getString("data.search.pageInfo.endCursor")));
        for (String id : second.<String>getList("data.search.nodes.item.id")) {
            assertThat(seen, not(hasItem(id)));
        }
        assertEquals(total, second.getInt("data.search.totalCount"));
    }

    @Test
    void typesNarrowTheResults() {
        JsonPath people = search("ليبيا", List.of("PERSON", "ORGANISATION"));
        for (String type : people.<String>getList("data.search.nodes.type")) {
            assertTrue(type.equals("PERSON") || type.equals("ORGANISATION"), type);
        }
    }

    @Test
    void badQueriesAreRefusedClearly() {
        assertThat(failing(SEARCH, Map.of("query", "")).getString("errors[0].message"),
                containsString("`query` has nothing to match"));
        assertThat(failing(SEARCH, Map.of("query", "x".repeat(201))).getString("errors[0].message"),
                containsString("`query` is too long"));
        assertThat(failing(SEARCH, Map.of("query", "a b c d e f g h i j k")).getString("errors[0].message"),
                containsString("at most 10"));
        assertThat(failing(SEARCH, Map.of("query", "IOM", "types", List.of())).getString("errors[0].message"),
                containsString("`types` must list at least one type"));
        assertThat(failing(SEARCH, Map.of("query", "%_*")).getString("errors[0].message"),
                containsString("`query` has nothing to match"));
    }
}
