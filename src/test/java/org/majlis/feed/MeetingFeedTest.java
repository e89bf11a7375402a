package org.majlis.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.majlis.graphql.GraphQLClient.ok;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Atom feed over HTTP: its media type, its entries against the API, and revalidation by ETag. */
@QuarkusTest
class MeetingFeedTest {
    @Test
    void theFeedListsEveryMeetingOnceWithTheTimeOfItsLastChange() {
        Response response = given().when().get(MeetingFeed.PATH);
        response.then().statusCode(200).contentType("application/atom+xml; charset=utf-8")
                .header("Cache-Control", "public, max-age=60");
        XmlPath feed = new XmlPath(response.asString());
        JsonPath api = ok("{ dataset { version loadedAt } meetings(first: 100) { nodes { key title { ar en } } } }");

        assertEquals(OffsetDateTime.parse(api.getString("data.dataset.loadedAt")).toInstant(),
                OffsetDateTime.parse(feed.getString("feed.updated")).toInstant());
        assertTrue(feed.getString("feed.link.@href").endsWith(MeetingFeed.PATH));
        assertEquals(MeetingFeed.urn("feed:meetings"), feed.getString("feed.id"));
        Set<String> keys = new TreeSet<>(api.getList("data.meetings.nodes.key"));
        List<String> contents = feed.getList("feed.entry.content");
        Set<String> listed = new TreeSet<>(contents.stream().map(c -> c.substring("Meeting ".length(), c.indexOf(',')))
                .toList());
        assertEquals(keys, listed, "one entry per meeting");
        assertEquals(keys.size(), contents.size());
        for (String key : keys) {
            assertTrue(feed.getList("feed.entry.id").contains(MeetingFeed.urn("meeting:" + key)), key);
        }
        List<String> updated = feed.getList("feed.entry.updated");
        for (int i = 1; i < updated.size(); i++) {
            assertTrue(updated.get(i - 1).compareTo(updated.get(i)) >= 0, "the latest change first: " + updated);
        }
    }

    @Test
    void aClientWithTheCurrentEtagGetsNotModified() {
        Response first = given().when().get(MeetingFeed.PATH);
        String etag = first.header("ETag");
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertEquals(etag, given().when().get(MeetingFeed.PATH).header("ETag"), "the same content, the same tag");
        given().header("If-None-Match", etag).when().get(MeetingFeed.PATH).then().statusCode(304)
                .header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "\"stale\"").when().get(MeetingFeed.PATH).then().statusCode(200);
    }
}
