package org.majlis.meeting;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.majlis.graphql.GraphQLClient.document;
import static org.majlis.graphql.GraphQLClient.id;
import static org.majlis.graphql.GraphQLClient.ok;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each seed document must yield, read back through the GraphQL API. */
@QuarkusTest
class SeedFactsTest {
    private static final String DETAIL = document("meetingDetail");

    private static JsonPath meeting(String key) {
        return ok(DETAIL, Map.of("id", id("Meeting", key))).setRootPath("data.meeting");
    }

    @Test
    void counts() {
        JsonPath all = ok("""
                { documents { totalCount } meetings { totalCount } people(first: 100) { totalCount }
                  organisations(first: 100) { totalCount } figures { totalCount } }""");
        assertEquals(5, all.getInt("data.documents.totalCount"));
        assertEquals(6, all.getInt("data.meetings.totalCount"));
        assertEquals(5, all.getInt("data.figures.totalCount"));
        assertTrue(all.getInt("data.people.totalCount") >= 13);
        assertTrue(all.getInt("data.organisations.totalCount") >= 19);
    }

    @Test
    void document000TheUndatedMeetingKeepsItsBoundsAndReasons() {
        JsonPath m = meeting("swing-jalala");
        assertEquals("RANGE", m.getString("date.precision"));
        assertEquals("EXTERNAL", m.getString("date.basis"));
        assertEquals("2016-01-06", m.getString("date.earliest"));
        assertEquals("2018-09-26", m.getString("date.latest"));
        // one unknown day of the set, not an interval lasting the whole period
        assertEquals("[2016-01-06..2018-09-26]", m.getString("date.edtf"));
        assertEquals("يوم الأمس الاربعاء", m.getString("date.textAsStated"));
        assertThat(m.getList("date.candidates"), contains("2017-03-22", "2018-07-04"));
        assertEquals("[2017-03-22,2018-07-04]", m.getString("date.candidatesEdtf"));
        assertTrue(m.getString("date.note").contains("Swing"), m.getString("date.note"));
        assertThat(m.getList("date.evidence.quote"), hasItem("يوم الأمس الاربعاء"));
        // the city is inferred from the venue, not stated
        assertEquals("Tripoli", m.getString("city.name.en"));
        assertEquals("INFERRED", m.getString("city.basis"));
        assertEquals("ديوان رئاسة الوزراء", m.getString("venue.ar"));
        assertThat(m.getList("participants.person.key"),
                containsInAnyOrder("yusuf-jalala", "william-lacy-swing", "othman-belbeisi"));
        assertThat(m.getList("participants.title.ar"), hasItem("وزير الدولة لشؤون المهاجرين و النازحين"));
        // توطين is settling permanently in Libya, not resettlement to a third country
        assertThat(m.getList("topics"), hasItem("permanent settlement of migrants in Libya"));
        assertThat(m.getString("summary.en"), containsString("settling migrants permanently inside Libya"));
        assertThat(m.getString("summary.en"), not(containsString("resettle")));
        assertThat(m.getString("summary.en"), containsString("Libyan legislation does not allow the presence of refugees"));
        assertThat(m.getList("evidence.quote"), hasItem("و أن التشريعات الليبية لا تسمح بوجود لاجئين على أراضيها"));
    }

    @Test
    void document000WasPublishedTheDayAfterAWednesday() {
        JsonPath published = ok("query($id: ID!) { document(id: $id) { published { earliest latest precision basis"
                + " uncertain edtf candidates candidatesEdtf note evidence { quote } } } }",
                Map.of("id", id("Document", "000_e7d8c3e96517a59a"))).setRootPath("data.document.published");
        assertEquals("RANGE", published.getString("precision"));
        assertEquals("INFERRED", published.getString("basis"));
        assertFalse(published.getBoolean("uncertain"));
        assertEquals("[2016-01-07..2018-09-27]", published.getString("edtf"));
        assertThat(published.getList("candidates"), contains("2017-03-23", "2018-07-05"));
        assertEquals("[2017-03-23,2018-07-05]", published.getString("candidatesEdtf"));
        assertThat(published.getString("note"), containsString("neither is confirmed"));
        assertThat(published.getList("evidence.quote"), contains("يوم الأمس الاربعاء"));
    }

    @Test
    void document001TheWorkingGroupAndTheDtmFigure() {
        JsonPath m = meeting("mwg-2");
        assertEquals("WORKING_GROUP", m.getString("kind"));
        // held (الذي عقد) on or before the dateline, after the group's launch "last November"
        assertEquals("2017-11-01", m.getString("date.earliest"));
        assertEquals("2018-02-26", m.getString("date.latest"));
        assertEquals("RANGE", m.getString("date.precision"));
        assertEquals("INFERRED", m.getString("date.basis"));
        assertFalse(m.getBoolean("date.uncertain"));
        assertEquals("[2017-11-01..2018-02-26]", m.getString("date.edtf"));
        assertThat(m.getList("date.candidates"), contains("2018-02-26"));
        assertEquals("[2018-02-26]", m.getString("date.candidatesEdtf"));
        assertThat(m.getList("date.evidence.quote"), hasItems("الذي عقد في طرابلس\n\n26 فبراير 2018",
                "فريق العمل المعني بالهجرة، الذي أنطلق في نوفمبر الماضي"));
        assertEquals("Tripoli", m.getString("city.name.en"));
        assertEquals("STATED", m.getString("city.basis"));
        List<Map<String, Object>> participants = m.getList("participants");
        assertThat(participants.stream().map(p -> ((Map<?, ?>) p.get("person")).get("key") + ":" + p.get("role")).toList(),
                containsInAnyOrder("louai-al-turjman:CHAIR", "othman-belbeisi:CO_CHAIR"));
        // the co-chair is "IOM ... in Libya" (بليبيا), whose chief is "the co-chair of the meeting"
        assertThat(m.getList("organisations.findAll { it.role == 'CO_CHAIR' }.organisation.key"),
                containsInAnyOrder("mfa-gna", "iom", "iom-libya"));
        assertThat(m.getList("organisations.find { it.organisation.key == 'iom-libya' }.evidence.quote"),
                hasItem("رئيس بعثة المنظمة الدولية للهجرة في ليبيا والرئيس المشارك للاجتماع"));
        // the unverified English spelling is marked
        assertFalse(m.getBoolean("participants.find { it.person.key == 'louai-al-turjman' }.person.englishNameVerified"));

        JsonPath dtm = ok("""
                { figures(filter: {unit: "person", minValue: 700000, maxValue: 800000}) {
                    nodes { key value qualifier textAsStated counts { ar en } asOf { edtf }
                            producer { key acronym parent { key } } meeting { key }
                            evidence { quote aspect } } } }""").setRootPath("data.figures.nodes[0]");
        assertEquals(704142, dtm.getInt("value"));
        assertEquals("EXACT", dtm.getString("qualifier"));
        assertEquals("704.142", dtm.getString("textAsStated"));
        assertEquals("iom-dtm", dtm.getString("producer.key"));
        assertEquals("iom", dtm.getString("producer.parent.key"));
        assertEquals("mwg-2", dtm.getString("meeting.key"));
        assertEquals("[..2018-02-26]", dtm.getString("asOf.edtf"));
        assertThat(dtm.getList("evidence.quote"), hasItem("704.142"));
    }

    @Test
    void document001TheUnattributedEstimateStandsApart() {
        JsonPath estimate = ok("""
                { figures(filter: {qualifier: ESTIMATE}) { nodes { value textAsStated producer { key } } } }""")
                .setRootPath("data.figures.nodes[0]");
        assertEquals(1000000, estimate.getInt("value"));
        assertEquals("يقارب مليون شخص", estimate.getString("textAsStated"));
        assertThat(estimate.get("producer"), nullValue());
    }

    @Test
    void document002TheCityIsUnknownAndStaysEmpty() {
        JsonPath m = meeting("icmpd-review-2020");
        assertThat(m.get("city"), nullValue());
        assertEquals("2020-01-20", m.getString("date.edtf"));
        assertEquals("STATED", m.getString("date.basis"));
        assertThat(m.getList("organisations.findAll { it.role == 'ORGANISER' }.organisation.key"),
                containsInAnyOrder("icmpd", "eu-delegation-libya", "border-team-gna"));
        assertThat(m.getList("organisations.findAll { it.role == 'FUNDER' }.organisation.key"), contains("eu"));
        // funder and implementer describe the project, not the meeting
        assertThat(m.getString("organisations.find { it.role == 'FUNDER' }.note"), containsString("not necessarily the meeting"));
        assertThat(m.getString("organisations.find { it.role == 'IMPLEMENTER' }.note"), containsString("not in the meeting"));
        assertThat(m.getList("figures.findAll { it.qualifier == 'APPROXIMATE' }.value"), contains(50));
    }

    @Test
    void document002ThePressContactIsNoParticipant() {
        String maha = id("Person", "maha-ouelhezi");
        JsonPath m = meeting("icmpd-review-2020");
        assertThat(m.getList("participants.person.key"), not(hasItem("maha-ouelhezi")));
        assertThat(m.getList("participants.role"), not(hasItem("CONTACT")));
        assertThat(ok("query($p: ID!) { meetings(filter: {person: {ids: [$p]}}) { totalCount } }", Map.of("p", maha))
                .getInt("data.meetings.totalCount"), is(0));
        assertThat(ok("{ meetingStats(groupBy: PERSON, first: 1000) { buckets { key } } }")
                .getList("data.meetingStats.buckets.key"), not(hasItem("maha-ouelhezi")));
        // still reachable: as the meeting's contact and through her person record
        assertEquals(List.of("maha-ouelhezi:CONTACT"), m.getList("contacts").stream()
                .map(c -> ((Map<?, ?>) ((Map<?, ?>) c).get("person")).get("key") + ":" + ((Map<?, ?>) c).get("role")).toList());
        assertThat(m.getList("contacts.evidence.quote").toString(), containsString("maha.ouelhezi@eeas.europa.eu"));
        JsonPath person = ok("query($p: ID!) { person(id: $p) { participations { role meeting { key } } } }",
                Map.of("p", maha)).setRootPath("data.person");
        assertThat(person.getList("participations.role"), contains("CONTACT"));
        assertThat(person.getList("participations.meeting.key"), contains("icmpd-review-2020"));
        // no other meeting has a contact
        assertThat(meeting("mwg-2").getList("contacts"), empty());
    }

    @Test
    void document003TwoMeetingsOnOneDayFromOutsideReporting() {
        for (String key : List.of("menfi-lamorgese", "mazen-lamorgese")) {
            JsonPath m = meeting(key);
            assertEquals("2021-04-19", m.getString("date.edtf"));
            assertEquals("EXTERNAL", m.getString("date.basis"));
            assertEquals("STATED", m.getString("city.basis"));
            assertThat(m.getList("participants.person.key"), hasItem("luciana-lamorgese"));
            assertEquals("003_3dc5a4347485e1da", m.getString("document.slug"));
        }
        // "today" alone occurs twice in the text: the date words are the word and its comma
        assertEquals("اليوم،", meeting("mazen-lamorgese").getString("date.textAsStated"));
        // "earlier today" is earlier than the report; the text does not order the two meetings
        JsonPath menfi = meeting("menfi-lamorgese");
        assertEquals("في وقت سابق اليوم", menfi.getString("date.textAsStated"));
        assertThat(menfi.getString("summary.en"), not(containsString("same day as")));
        JsonPath mazen = ok("{ people(filter: {name: \"مازن\"}) { edges { match { match } node { key } } } }")
                .setRootPath("data.people.edges[0]");
        assertEquals("khaled-mazen", mazen.getString("node.key"));
        assertEquals("EXACT", mazen.getString("match.match"));
    }

    @Test
    void document004TheDateTheTextGives() {
        JsonPath m = meeting("abunteisha-pope");
        assertEquals("2025-12-17", m.getString("date.edtf"));
        assertEquals("STATED", m.getString("date.basis"));
        assertThat(m.getList("participants.person.key"), containsInAnyOrder("abdelmoula-abunteisha", "amy-pope"));
        // المكلف بتسيير أعمال المجلس: charged with running the council, an acting head
        assertThat(m.getString("participants.find { it.person.key == 'abdelmoula-abunteisha' }.title.en"),
                startsWith("Acting head of the National Council"));
        // IOM organised the reception on whose sidelines they met, and took part through its Director General
        assertThat(m.getList("organisations.findAll { it.organisation.key == 'iom' }.role"),
                containsInAnyOrder("ORGANISER", "PARTICIPANT"));
        assertThat(m.getList("organisations.find { it.role == 'ORGANISER' }.evidence.quote"),
                contains("حفل الاستقبال الذي نظمته المنظمة الدولية للهجرة"));
        assertThat(m.getString("organisations.find { it.role == 'ORGANISER' }.note"), containsString("reception"));
    }

    @Test
    void onePersonWithAllItsSpellings() {
        JsonPath belbeisi = ok("query($id: ID!) { person(id: $id) { name { ar en } aliases { text }"
                + " participations { meeting { key } title { ar } } } }", Map.of("id", id("Person", "othman-belbeisi")))
                .setRootPath("data.person");
        assertThat(belbeisi.getList("aliases.text"), hasItem("عثمان البلبيسي"));
        assertEquals("عثمان بلبيسي", belbeisi.getString("name.ar"));
        assertThat(belbeisi.getList("participations.meeting.key"), contains("swing-jalala", "mwg-2"));
    }

    @Test
    void organisationsHaveParentsChildrenAliasesAndMeetings() {
        JsonPath iom = ok("query($id: ID!) { organisation(id: $id) { acronym name { ar en } children { key }"
                + " aliases { text } meetings(first: 2) { key } } }", Map.of("id", id("Organisation", "iom")))
                .setRootPath("data.organisation");
        assertEquals("IOM", iom.getString("acronym"));
        assertThat(iom.getList("children.key"), hasItems("iom-dtm", "iom-libya"));
        assertThat(iom.getList("meetings.key"), contains("abunteisha-pope", "mwg-2"));
    }

    @Test
    void documentsCarryTheirTextAndPublicationDate() {
        JsonPath doc = ok("query($id: ID!) { document(id: $id) { text sha256 published { edtf basis textAsStated }"
                + " meetings { key } figures { key } } }", Map.of("id", id("Document", "002_3c0063343cd7b98a")))
                .setRootPath("data.document");
        assertEquals("2020-01-22", doc.getString("published.edtf"));
        assertEquals("22.01.2020", doc.getString("published.textAsStated"));
        assertThat(doc.getList("meetings.key"), contains("icmpd-review-2020"));
        assertTrue(doc.getString("text").startsWith("المركز الدولي لتطوير سياسات الهجرة في ليبيا"));
        assertEquals(64, doc.getString("sha256").length());
    }

    @Test
    void nodeResolvesEveryKindOfId() {
        JsonPath nodes = ok("query($m: ID!, $o: ID!, $p: ID!, $f: ID!, $d: ID!) { m: node(id: $m) { __typename id }"
                + " o: node(id: $o) { __typename } p: node(id: $p) { __typename } f: node(id: $f) { __typename }"
                + " d: node(id: $d) { __typename ... on Document { slug } } }", Map.of("m", id("Meeting", "mwg-2"),
                "o", id("Organisation", "iom"), "p", id("Person", "amy-pope"), "f", id("Figure", "dtm-migrants-2018"),
                "d", id("Document", "001_67b11c7e792b4555")));
        assertEquals(List.of("Meeting", "Organisation", "Person", "Figure", "Document"), List.of(
                nodes.getString("data.m.__typename"), nodes.getString("data.o.__typename"),
                nodes.getString("data.p.__typename"), nodes.getString("data.f.__typename"),
                nodes.getString("data.d.__typename")));
        assertEquals(id("Meeting", "mwg-2"), nodes.getString("data.m.id"));
        assertEquals("001_67b11c7e792b4555", nodes.getString("data.d.slug"));
    }
}
