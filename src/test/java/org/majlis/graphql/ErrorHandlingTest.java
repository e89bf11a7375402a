package org.majlis.graphql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.majlis.graphql.GraphQLClient.document;
import static org.majlis.graphql.GraphQLClient.id;
import static org.majlis.graphql.GraphQLClient.post;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad arguments get GraphQL errors with `extensions.code` and a message a user can act on; nothing internal leaks. */
@QuarkusTest
class ErrorHandlingTest {
    private static final String KEYS = document("meetingKeys");
    private static final String MEETING = "query($id: ID!) { meeting(id: $id) { key } }";
    /** Class names, stack frames, SQL, JDBC URLs and addresses must never reach a client. */
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)(java\\.|jakarta\\.|org\\.(hibernate|majlis|postgresql)|Exception|\\bat [a-z]+\\.|select |jdbc:|127\\.0\\.0\\.1|:5432|StringValue\\{|SRGQL)");

    private static JsonPath error(String query, Map<String, ?> variables, String code, String messagePart) {
        String body = post(query, variables).extract().asString();
        assertThat("no internals in: " + body, INTERNALS.matcher(body).find(), org.hamcrest.Matchers.is(false));
        JsonPath json = JsonPath.from(body);
        assertThat(body, json.getString("errors[0].message"), containsString(messagePart));
        if (code != null) {
            assertEquals(code, json.getString("errors[0].extensions.code"), body);
        }
        return json;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101, 100000})
    void pageSizesOutsideOneToHundredAreRefused(int size) {
        error(KEYS, Map.of("first", size), "BAD_USER_INPUT", "`first` must be between 1 and 100 (got " + size + ")");
        error(KEYS, Map.of("last", size), "BAD_USER_INPUT", "`last` must be between 1 and 100 (got " + size + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "1.5", "1E+300", "-2147483649"})
    void numbersThatAreNoIntAreBadInput(String literal) {
        // SmallRye reads some of these at validation, some in the resolver (and wraps some round): all are refused
        error("{ documents(first: " + literal + ") { totalCount } }", Map.of(), "BAD_USER_INPUT", "");
        error("{ meetings(first: " + literal + ") { totalCount } }", Map.of(), "BAD_USER_INPUT", "");
    }

    @Test
    void firstAndLastTogetherAreRefused() {
        error(KEYS, Map.of("first", 1, "last", 1), "BAD_USER_INPUT", "Give `first` or `last`, not both");
    }

    @ParameterizedTest
    // besides garbage: o1:-1, {"x":1}, a month 13, an empty key, no key at all, and an offset (o1:3), which
    // meeting lists no longer take: their cursors are sort keys
    @ValueSource(strings = {"garbage", "", "bzE6LTE", "eyJ4IjoxfQ", "azE6MjAyMC0xMy0wMTp4", "azE6MjAyMC0wMS0wMTo",
        "azE6eA", "bzE6Mw"})
    void malformedCursorsAreRefused(String cursor) {
        error(KEYS, Map.of("after", cursor), "BAD_USER_INPUT", "`after` is not a valid cursor");
    }

    @Test
    void unknownIdIsNotFound() {
        JsonPath json = error(MEETING, Map.of("id", id("Meeting", "no-such-meeting")), "NOT_FOUND", "No meeting has the id");
        assertThat(json.get("data.meeting"), nullValue());
    }

    @Test
    void malformedIdIsBadInput() {
        error(MEETING, Map.of("id", "not an id!"), "BAD_USER_INPUT", "`id` is not a valid id");
    }

    @Test
    void idOfAnotherTypeIsBadInput() {
        error(MEETING, Map.of("id", id("Organisation", "iom")), "BAD_USER_INPUT", "must be the id of a Meeting");
    }

    @Test
    void nodeOfAnUnknownIdIsNull() {
        String body = post("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id("Meeting", "nope")))
                .body("errors", nullValue()).extract().asString();
        assertThat(JsonPath.from(body).get("data.node"), nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-13-45", "2018-02-30", "18-2-1"})
    void malformedDatesAreRefusedCleanly(String date) {
        error(KEYS, Map.of("filter", Map.of("date", Map.of("from", date))), "BAD_USER_INPUT",
                "'" + date + "' is not a valid date (YYYY-MM-DD)");
        error("{ meetings(filter: {date: {from: \"" + date + "\"}}) { totalCount } }", Map.of(), "BAD_USER_INPUT",
                "'" + date + "' is not a valid date (YYYY-MM-DD)");
    }

    @Test
    void datesOutsideYearsOneToNineThousandAreRefused() {
        error(KEYS, Map.of("filter", Map.of("date", Map.of("from", "+999999999-01-01"))), "BAD_USER_INPUT",
                "`filter.date.from` must be a date between 0001-01-01 and 9999-12-31");
    }

    @Test
    void wronglyTypedVariablesAreBadInput() {
        error(KEYS, Map.of("first", "many"), "BAD_USER_INPUT", "argument 'first' has an invalid value 'many': expected Int");
        error(KEYS, Map.of("filter", Map.of("dateMatch", "SOMETIMES")), "BAD_USER_INPUT", "SOMETIMES");
    }

    @Test
    void emptyDateRangeIsRefused() {
        error(KEYS, Map.of("filter", Map.of("date", Map.of("from", "2019-01-01", "to", "2018-01-01"))),
                "BAD_USER_INPUT", "`filter.date` is empty");
    }

    @Test
    void organisationMatchNeedsIdsOrName() {
        error(KEYS, Map.of("filter", Map.of("organisation", Map.of("name", "IOM", "ids", java.util.List.of()))),
                "BAD_USER_INPUT", "needs exactly one of `ids` or `name`");
        error(KEYS, Map.of("filter", Map.of("organisation", Map.of())), "BAD_USER_INPUT",
                "needs exactly one of `ids` or `name`");
    }

    @Test
    void unknownFieldsAreValidationErrorsWithoutInternals() {
        JsonPath json = error("{ meetings { nodes { noSuchField } } }", Map.of(), "GRAPHQL_VALIDATION_FAILED",
                "Field 'noSuchField' in type 'Meeting' is undefined");
        assertThat(json.getString("errors[0].message"), not(containsString("Exception")));
    }
}
