package org.majlis.figure;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.majlis.graphql.GraphQLClient.document;
import static org.majlis.graphql.GraphQLClient.ok;
import static org.majlis.graphql.GraphQLClient.okOnResolvers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Figures that count the same thing, compared: `Figure.comparable`, `FigureFilter.measure` and `figureStats`, through
 * the HTTP endpoint against the seed data (five figures; the two of document 001 count migrants in Libya).
 */
@QuarkusTest
class FigureComparisonTest {
    private static final String COMPARABLE = document("comparableFigures");
    private static final String STATS = document("figureStats");
    private static final Map<String, String> MIGRANTS = Map.of("measure", "migrants-in-libya");

    @Inject
    SessionFactory sessionFactory;

    private static JsonPath comparable(Map<String, ?> filter) {
        return ok(COMPARABLE, Map.of("filter", filter)).setRootPath("data.figures");
    }

    /** The stats and figures' own count for one filter; asserts that the buckets add up to both totals. */
    private static List<String> buckets(Map<String, ?> filter, String groupBy) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        variables.put("groupBy", groupBy);
        JsonPath answer = ok(STATS, variables).setRootPath("data");
        int total = answer.getInt("figures.totalCount");
        assertEquals(total, answer.getInt("figureStats.totalCount"), "figureStats and figures agree on the total");
        List<Map<String, Object>> buckets = answer.getList("figureStats.buckets");
        assertEquals(total, buckets.stream().mapToInt(b -> (Integer) b.get("count")).sum(), "buckets add up");
        List<String> shown = new ArrayList<>();
        for (Map<String, Object> b : buckets) {
            Object producer = b.get("producer") == null ? null : ((Map<?, ?>) b.get("producer")).get("key");
            shown.add(b.get("key") + " | " + b.get("label") + " | " + b.get("count") + " | " + producer);
        }
        return shown;
    }

    @Test
    void theDtmCountAndTheUnattributedEstimateListEachOther() {
        JsonPath figures = comparable(MIGRANTS);
        assertEquals(2, figures.getInt("totalCount"));
        assertThat(figures.getList("nodes.key"), contains("dtm-migrants-2018", "migrants-estimate-2018"));
        assertThat(figures.getList("nodes.measure"), everyItem(is("migrants-in-libya")));
        assertThat(figures.getList("nodes[0].comparable.key"), contains("migrants-estimate-2018"));
        assertThat(figures.getList("nodes[1].comparable.key"), contains("dtm-migrants-2018"));

        Map<String, Object> estimate = figures.getMap("nodes[0].comparable[0]");
        assertEquals(1000000, estimate.get("value"));
        assertEquals("ESTIMATE", estimate.get("qualifier"));
        assertEquals("يقارب مليون شخص", estimate.get("textAsStated"));
        assertEquals(Map.of("ar", "مهاجرا في ليبيا", "en", "migrants in Libya"), estimate.get("counts"));
        assertThat(estimate.get("producer"), nullValue());
        assertEquals(asOfNoLaterThan26February2018(), estimate.get("asOf"));
        assertThat(figures.getList("nodes[0].comparable[0].evidence.quote"),
                hasItem("على الرغم من أن بعض التقديرات تشير إلى أن العدد يقارب مليون شخص"));

        Map<String, Object> dtm = figures.getMap("nodes[1].comparable[0]");
        assertEquals(704142, dtm.get("value"));
        assertEquals("EXACT", dtm.get("qualifier"));
        assertEquals("704.142", dtm.get("textAsStated"));
        assertEquals(estimate.get("counts"), dtm.get("counts"));
        assertEquals(Map.of("key", "iom-dtm", "acronym", "DTM"), dtm.get("producer"));
        assertEquals(asOfNoLaterThan26February2018(), dtm.get("asOf"));
        assertThat(figures.getList("nodes[1].comparable[0].evidence.quote"),
                hasItem("وقد سجلت مصفوفة تتبع النزوح التابعة للمنظمة الدولية للهجرة 704.142 مهاجرا في ليبيا"));
    }

    /** Neither text dates its figure; both can be no later than the press release of 26 February 2018. */
    private static Map<String, Object> asOfNoLaterThan26February2018() {
        Map<String, Object> asOf = new HashMap<>();
        asOf.put("earliest", null);
        asOf.put("latest", "2018-02-26");
        asOf.put("edtf", "[..2018-02-26]");
        return asOf;
    }

    @Test
    void figuresWithoutAMeasureHaveNothingToCompare() {
        JsonPath all = comparable(Map.of());
        assertEquals(5, all.getInt("totalCount"));
        List<Map<String, Object>> nodes = all.getList("nodes");
        for (Map<String, Object> node : nodes) {
            List<?> comparable = (List<?>) node.get("comparable");
            assertEquals(node.get("measure") == null ? 0 : 1, comparable.size(), String.valueOf(node.get("key")));
        }
        assertThat(all.getList("nodes.findAll { it.measure == null }.key"),
                contains("working-groups-count", "csos-network", "participants-count"));
    }

    @Test
    void aMeasureNoFigureHasMatchesNothing() {
        JsonPath none = comparable(Map.of("measure", "migrants in Libya"));
        assertEquals(0, none.getInt("totalCount"));
        assertThat(none.getList("nodes"), empty());
    }

    @Test
    void statsByUnit() {
        assertEquals(List.of("person | person | 3 | null", "organisation | organisation | 1 | null",
                "working group | working group | 1 | null"), buckets(Map.of(), "UNIT"));
    }

    @Test
    void statsByProducerCountUnattributedFiguresUnderTheNullKey() {
        assertEquals(List.of("null | Unattributed | 4 | null",
                "iom-dtm | Displacement Tracking Matrix | 1 | iom-dtm"), buckets(Map.of(), "PRODUCER"));
        assertEquals(List.of("null | Unattributed | 2 | null",
                "iom-dtm | Displacement Tracking Matrix | 1 | iom-dtm"), buckets(Map.of("unit", "person"), "PRODUCER"));
        // the producer filter of `figures`, with IOM's sub-organisations
        assertEquals(List.of("iom-dtm | Displacement Tracking Matrix | 1 | iom-dtm"), buckets(
                Map.of("producer", Map.of("name", "IOM", "includeSubOrganisations", true)), "PRODUCER"));
    }

    @Test
    void statsByMeasure() {
        assertEquals(List.of("null | No measure | 3 | null", "migrants-in-libya | migrants in Libya | 2 | null"),
                buckets(Map.of(), "MEASURE"));
        assertEquals(List.of("migrants-in-libya | migrants in Libya | 2 | null"), buckets(MIGRANTS, "MEASURE"));
        assertEquals(List.of("person | person | 2 | null"), buckets(MIGRANTS, "UNIT"));
        assertEquals(List.of("null | No measure | 1 | null"), buckets(Map.of("qualifier", "APPROXIMATE"), "MEASURE"));
    }

    @Test
    void aFilterThatMatchesNothingHasNoBuckets() {
        for (String groupBy : List.of("UNIT", "PRODUCER", "MEASURE")) {
            assertThat(buckets(Map.of("unit", "camel"), groupBy), empty());
            // a producer name that matches no organisation is known to match nothing before any count
            assertThat(buckets(Map.of("producer", Map.of("name", "no such organisation")), groupBy), empty());
        }
    }

    private long statements(String query, Map<String, ?> variables) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        okOnResolvers(query, variables);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void statsCostOneStatementAndTheirProducersOneMore() {
        String counts = "query($f: FigureFilter) { figureStats(filter: $f, groupBy: PRODUCER)"
                + " { totalCount buckets { key label count } } }";
        String withProducers = "query($f: FigureFilter) { figureStats(filter: $f, groupBy: PRODUCER)"
                + " { totalCount buckets { key label count producer { key name { ar } } } } }";
        Map<String, Object> filter = Map.of("f", Map.of("unit", "person", "minValue", 1));
        statements(counts, filter); // warm-up
        // and one for the dataset version of the snapshot (extensions.dataVersion)
        assertEquals(2, statements(counts, filter), "total and buckets in one statement");
        assertEquals(3, statements(withProducers, filter), "the producers of all buckets in one more");
    }

    @Test
    void comparableFiguresOfAPageCostOneStatement() {
        String keys = "{ figures { nodes { key } } }";
        String withComparable = "{ figures { nodes { key comparable { key } } } }";
        statements(withComparable, Map.of()); // warm-up
        assertEquals(statements(keys, Map.of()) + 1, statements(withComparable, Map.of()));
    }
}
