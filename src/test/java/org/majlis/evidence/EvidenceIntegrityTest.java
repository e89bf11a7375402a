package org.majlis.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.majlis.graphql.GraphQLClient.document;
import static org.majlis.graphql.GraphQLClient.ok;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every evidence span the API serves points at its quote in the document text it names. */
@QuarkusTest
class EvidenceIntegrityTest {

    @Test
    void everyServedSpanIsItsQuoteInItsDocument() {
        JsonPath all = ok(document("allEvidence"));
        Map<String, String> texts = new HashMap<>();
        List<Map<String, String>> documents = all.getList("data.documents.nodes");
        documents.forEach(d -> texts.put(d.get("slug"), d.get("text")));
        assertEquals(5, texts.size());

        List<Map<String, Object>> spans = new java.util.ArrayList<>();
        for (String path : List.of("data.meetings.nodes.evidence", "data.meetings.nodes.date.evidence",
                "data.meetings.nodes.city.evidence", "data.meetings.nodes.organisations.evidence",
                "data.meetings.nodes.participants.evidence", "data.figures.nodes.evidence",
                "data.figures.nodes.asOf.evidence")) {
            collect(all.get(path), spans);
        }
        assertTrue(spans.size() > 60, "expected the seeds' evidence, found " + spans.size() + " spans");
        for (Map<String, Object> span : spans) {
            @SuppressWarnings("unchecked")
            String text = texts.get(((Map<String, String>) span.get("document")).get("slug"));
            int start = (Integer) span.get("start");
            int end = (Integer) span.get("end");
            assertEquals(span.get("quote"), text.substring(start, end));
            assertEquals(span.get("prefix"), text.substring(Math.max(0, start - 32), start));
            assertEquals(span.get("suffix"), text.substring(end, Math.min(text.length(), end + 32)));
        }
    }

    /** Flattens the nested lists a JSON path over lists of lists returns, keeping the span objects. */
    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Map<String, Object>> into) {
        if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, into));
        } else if (node instanceof Map<?, ?> map) {
            into.add((Map<String, Object>) map);
        }
    }
}
