package org.majlis.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.majlis.graphql.GraphQLClient.document;
import static org.majlis.graphql.GraphQLClient.failing;
import static org.majlis.graphql.GraphQLClient.ok;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names typed the way users know them find their record, through `organisations`, `people` and the filters. */
@QuarkusTest
class NameResolutionTest {
    private static final String ORGANISATIONS = document("organisationsByName");
    private static final String PEOPLE = document("peopleByName");
    private static final String MEETING_KEYS = document("meetingKeys");

    private static JsonPath people(String name) {
        return ok(PEOPLE, Map.of("name", name));
    }

    private static JsonPath organisations(String name) {
        return ok(ORGANISATIONS, Map.of("name", name));
    }

    @Test
    void everySpellingOfBelbeisiFindsHimFirst() {
        for (String spelling : List.of("بلبيسي", "البلبيسي", "Belbeisi", "belbeisi", "عثمان بلبيسي", "عثمان البلبيسي",
                "Othman Belbeisi", "عُثمان البَلبيسي")) {
            assertEquals("othman-belbeisi", people(spelling).getString("data.people.edges[0].node.key"), spelling);
        }
    }

    @Test
    void theMatchSaysWhichNameMatchedAndHow() {
        JsonPath alias = people("عثمان البلبيسي");
        assertEquals(Map.of("text", "عثمان البلبيسي", "lang", "ar", "kind", "ALIAS", "match", "EXACT", "score", 1.0f),
                alias.getMap("data.people.edges[0].match"));
        JsonPath surname = people("Belbeisi");
        assertEquals("Othman Belbeisi", surname.getString("data.people.edges[0].match.text"));
        assertEquals("FUZZY", surname.getString("data.people.edges[0].match.match"));
        assertEquals(1.0f, surname.getFloat("data.people.edges[0].match.score"));
        JsonPath prefix = people("Othman");
        assertEquals("PREFIX", prefix.getString("data.people.edges[0].match.match"));
    }

    @Test
    void latinAndArabicNamesOfIomGiveTheSameId() {
        String iom = organisations("IOM").getString("data.organisations.edges[0].node.id");
        assertEquals("ACRONYM", organisations("IOM").getString("data.organisations.edges[0].match.kind"));
        for (String spelling : List.of("iom", "المنظمة الدولية للهجرة", "المنظمه الدوليه للهجره",
                "International Organization for Migration", "المُنَظَّمة الدولية للهجرة", "«المنظمة الدولية للهجرة»")) {
            JsonPath found = organisations(spelling);
            assertEquals(iom, found.getString("data.organisations.edges[0].node.id"), spelling);
            assertEquals("EXACT", found.getString("data.organisations.edges[0].match.match"), spelling);
        }
    }

    @Test
    void theUnitedNationsWithoutHamzaOrTaMarbuta() {
        // no organisation is called just الأمم المتحدة; IOM's alias and UNSMIL's name contain it
        JsonPath found = organisations("الامم المتحده");
        assertEquals(List.of("iom", "unsmil"), found.getList("data.organisations.edges.node.key"));
        assertEquals(List.of("منظمة الأمم المتحدة للهجرة", "بعثة الأمم المتحدة للدعم في ليبيا"),
                found.getList("data.organisations.edges.match.text"));
        assertEquals(List.of("FUZZY", "FUZZY"), found.getList("data.organisations.edges.match.match"));
    }

    @Test
    void rankingPutsExactBeforePrefixBeforeSimilar() {
        // "IOM" is IOM's acronym, "IOM Libya" starts with it
        JsonPath found = organisations("IOM");
        assertEquals(List.of("iom", "iom-libya"), found.getList("data.organisations.edges.node.key").subList(0, 2));
        assertEquals(List.of("EXACT", "PREFIX"), found.getList("data.organisations.edges.match.match").subList(0, 2));
        assertEquals(found.getList("data.organisations.edges").size(), found.getInt("data.organisations.totalCount"));
    }

    @Test
    void meetingFiltersResolveSpellingsToo() {
        List<String> expected = List.of("mwg-2", "swing-jalala");
        for (String spelling : List.of("بلبيسي", "البلبيسي", "Belbeisi")) {
            assertEquals(expected, ok(MEETING_KEYS, Map.of("filter", Map.of("person", Map.of("name", spelling))))
                    .getList("data.meetings.nodes.key"), spelling);
        }
        assertEquals(List.of("abunteisha-pope", "mwg-2", "swing-jalala"), ok(MEETING_KEYS, Map.of("filter",
                Map.of("organisation", Map.of("name", "المنظمه الدوليه للهجره")))).getList("data.meetings.nodes.key"));
    }

    @Test
    void majestyIsNotJalala() {
        // جلالة is also "majesty" (جلالة الملك): Jalala has no one-word alias that any king would match exactly
        JsonPath king = ok(PEOPLE, Map.of("name", "جلالة الملك"));
        List<Map<String, Object>> edges = king.getList("data.people.edges");
        for (Map<String, Object> edge : edges) {
            assertFalse("yusuf-jalala".equals(((Map<?, ?>) edge.get("node")).get("key"))
                    && "EXACT".equals(((Map<?, ?>) edge.get("match")).get("match")), edges.toString());
        }
        assertThat(ok(MEETING_KEYS, Map.of("filter", Map.of("person", Map.of("name", "جلالة الملك"))))
                .getList("data.meetings.nodes.key"), not(hasItem("swing-jalala")));
        // his surname alone still finds him, as a word of his name
        JsonPath surname = ok(PEOPLE, Map.of("name", "جلالة"));
        assertEquals("yusuf-jalala", surname.getString("data.people.edges[0].node.key"));
        assertEquals("FUZZY", surname.getString("data.people.edges[0].match.match"));
    }

    @Test
    void wildcardsAreText() {
        assertThat(organisations("I%M").getList("data.organisations.edges.node.key"), not(hasItem("iom")));
        assertThat(organisations("I_M").getList("data.organisations.edges.node.key"), not(hasItem("iom")));
        JsonPath onlyWildcards = failing(ORGANISATIONS, Map.of("name", "%"));
        assertEquals("BAD_USER_INPUT", onlyWildcards.getString("errors[0].extensions.code"));
        assertThat(onlyWildcards.getString("errors[0].message"), containsString("`filter.name` has nothing to match"));
    }

    @Test
    void overLongNamesAreRefusedNamingTheArgument() {
        JsonPath tooLong = failing(PEOPLE, Map.of("name", "ب".repeat(201)));
        assertThat(tooLong.getString("errors[0].message"), containsString("`filter.name` is too long: 201 characters"));
        JsonPath inFilter = failing(MEETING_KEYS, Map.of("filter", Map.of("person", Map.of("name", " "))));
        assertThat(inFilter.getString("errors[0].message"), containsString("`filter.person.name` has nothing to match"));
    }
}
