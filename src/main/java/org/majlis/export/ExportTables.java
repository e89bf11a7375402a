package org.majlis.export;

import java.util.List;
import org.majlis.date.FuzzyDateType;
import org.majlis.export.ExportTable.Field;
import org.majlis.export.ExportTable.ForeignKey;
import org.majlis.graphql.GlobalId;

/**
 * The tables of the data package, read with the API's own SQL for ids ({@link GlobalId#sql}) and EDTF dates
 * ({@link FuzzyDateType#edtfSql}). Ids are the API's global ids; participations and organisation roles, which have
 * none there, get a key made of the public keys that make them unique ({@code meeting/person/ROLE}). A null in the
 * database is an empty cell in the CSV and {@code null} in JSON: nothing is filled in.
 */
final class ExportTables {
    private ExportTables() {
    }

    static final String DOCUMENTS = "documents";
    static final String MEETINGS = "meetings";
    static final String PEOPLE = "people";
    static final String ORGANISATIONS = "organisations";
    static final String PARTICIPATIONS = "participations";
    static final String ORGANISATION_ROLES = "organisation-roles";
    static final String FIGURES = "figures";

    static String id(String type, String keyExpression) {
        return GlobalId.sql(type, keyExpression);
    }

    /** {@code meeting/person/ROLE} or {@code meeting/organisation/ROLE}: unique in the database, stable across loads. */
    static String roleKey(String meetingKey, String memberKey, String role) {
        return meetingKey + " || '/' || " + memberKey + " || '/' || " + role;
    }

    private static Field field(String name, String type, String sql, String hxl, String description) {
        return new Field(name, type, sql, hxl, description);
    }

    private static Field text(String name, String sql, String hxl, String description) {
        return field(name, "string", sql, hxl, description);
    }

    /** The {@code prefix_*} columns of a fuzzy date of table alias {@code a}, EDTF first. */
    private static List<Field> fuzzyDate(String a, String prefix, String name, String hxl, String what) {
        String c = a + "." + prefix + "_";
        return List.of(
                text(name + "_edtf", FuzzyDateType.edtfSql(c + "precision", c + "earliest", c + "latest",
                        c + "uncertain"), hxl + "+edtf", what + " in EDTF (see the GraphQL FuzzyDate.edtf)"),
                field(name + "_earliest", "date", c + "earliest", hxl + "+start", "The earliest day it can be"),
                field(name + "_latest", "date", c + "latest", hxl + "+end", "The latest day it can be"),
                text(name + "_precision", c + "precision", hxl + "+precision", "DAY, MONTH, YEAR, RANGE or UNKNOWN"),
                text(name + "_basis", c + "basis", hxl + "+basis", "STATED, INFERRED or EXTERNAL"),
                field(name + "_uncertain", "boolean", c + "uncertain", hxl + "+uncertain", "Doubtful even as recorded"),
                text(name + "_text", c + "text", hxl + "+text", "The words of the source for it, verbatim"),
                text(name + "_note", c + "note", hxl + "+note", "Why it is what it is, when not simply stated"));
    }

    private static List<Field> versions(String type, String keyExpression) {
        return List.of(
                field("added_in", "integer", "(SELECT r.added_in FROM dataset_record r WHERE r.type = '" + type
                        + "' AND r.key = " + keyExpression + ")", "#meta+version+added",
                        "The dataset version it first appeared in (empty in an unversioned database)"),
                field("changed_in", "integer", "(SELECT r.changed_in FROM dataset_record r WHERE r.type = '" + type
                        + "' AND r.key = " + keyExpression + ")", "#meta+version+changed",
                        "The dataset version that last changed it"));
    }

    private static List<Field> concat(List<?>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).map(Field.class::cast).toList();
    }

    static final ExportTable DOCUMENT_TABLE = new ExportTable(DOCUMENTS, "Source documents",
            "The news articles and press releases the facts are read from. `text` is the source text, unaltered,"
                    + " served as quotation for verification: it is not covered by the package's licence and remains"
                    + " its publisher's.",
            "source_document d LEFT JOIN organisation pub ON pub.id = d.publisher_id", "slug",
            concat(List.of(
                    text("id", id("Document", "d.slug"), "#meta+id", "The API's global id (Document)"),
                    text("slug", "d.slug", "#meta+code", "The document's key"),
                    text("title_ar", "d.title_ar", "#meta+title+i_ar", "Title in Arabic"),
                    text("title_en", "d.title_en", "#meta+title+i_en", "Title in English"),
                    field("headline", "boolean", "d.headline", "#meta+headline",
                            "true: the title is the document's own headline; false: written by the curators"),
                    text("language", "d.language", "#meta+lang", "ISO 639-1 language of the text"),
                    text("publisher_id", id("Organisation", "pub.key"), "#org+id+publisher",
                            "The publishing organisation (organisations.id)")),
                    fuzzyDate("d", "published", "published", "#date+published", "The publication date"),
                    List.of(
                            text("source_url", "d.source_url", "#meta+url", "Where the publisher serves the original"),
                            field("source_retrieved", "date", "d.source_retrieved", "#date+retrieved",
                                    "The day that address was checked to hold the text"),
                            text("text_sha256", "d.body_sha256", "#meta+hash", "SHA-256 of the text's UTF-8 bytes"),
                            text("text", "d.body", "#description+text", "The source text, unaltered")),
                    versions("DOCUMENT", "d.slug")),
            List.of("id"), List.of(new ForeignKey("publisher_id", ORGANISATIONS, "id")));

    static final ExportTable MEETING_TABLE = new ExportTable(MEETINGS, "Meetings",
            "Migration-policy meetings in Libya, as the source documents report them.",
            "meeting m JOIN source_document d ON d.id = m.document_id", "key",
            concat(List.of(
                    text("id", id("Meeting", "m.key"), "#event+id", "The API's global id (Meeting)"),
                    text("key", "m.key", "#event+code", "The meeting's key"),
                    text("document_id", id("Document", "d.slug"), "#meta+source+id", "The document that reports it"),
                    text("title_ar", "m.title_ar", "#event+name+i_ar", "Title in Arabic"),
                    text("title_en", "m.title_en", "#event+name+i_en", "Title in English"),
                    text("kind", "m.kind", "#event+type", "BILATERAL, WORKING_GROUP, PROJECT_REVIEW or OTHER")),
                    fuzzyDate("m", "date", "date", "#date", "The meeting's date"),
                    List.of(
                            field("date_candidates", "array", "m.date_candidates", "#date+candidates",
                                    "Unconfirmed likely days within earliest..latest (JSON array)"),
                            text("city_ar", "m.city_ar", "#loc+name+i_ar", "City in Arabic; empty when unknown"),
                            text("city_en", "m.city_en", "#loc+name+i_en", "City in English; empty when unknown"),
                            text("city_basis", "m.city_basis", "#loc+basis", "STATED, INFERRED or EXTERNAL"),
                            text("city_note", "m.city_note", "#loc+note", "Why the city is what it is"),
                            text("venue_ar", "m.venue_ar", "#loc+venue+i_ar", "Venue in Arabic"),
                            text("venue_en", "m.venue_en", "#loc+venue+i_en", "Venue in English"),
                            field("topics", "array", "m.topics", "#sector+topics", "Topics (JSON array)"),
                            text("summary_ar", "m.summary_ar", "#description+i_ar", "Summary in Arabic"),
                            text("summary_en", "m.summary_en", "#description+i_en", "Summary in English")),
                    versions("MEETING", "m.key")),
            List.of("id"), List.of(new ForeignKey("document_id", DOCUMENTS, "id")));

    static final ExportTable PERSON_TABLE = new ExportTable(PEOPLE, "People",
            "People who took part in the meetings.", "person p", "key",
            concat(List.of(
                    text("id", id("Person", "p.key"), "#contact+id", "The API's global id (Person)"),
                    text("key", "p.key", "#contact+code", "The person's key"),
                    text("name_ar", "p.name_ar", "#contact+name+i_ar", "Name in Arabic, as the sources write it"),
                    text("name_en", "p.name_en", "#contact+name+i_en", "Name in English"),
                    field("name_en_verified", "boolean", "p.name_en_verified", "#contact+name+i_en+verified",
                            "false: the English spelling is the curators' and no source confirms it"),
                    text("note", "p.note", "#contact+note", "Curators' note")),
                    versions("PERSON", "p.key")),
            List.of("id"), List.of());

    static final ExportTable ORGANISATION_TABLE = new ExportTable(ORGANISATIONS, "Organisations",
            "Governments, ministries, agencies and other bodies named in the meetings.",
            "organisation o LEFT JOIN organisation parent ON parent.id = o.parent_id", "key",
            concat(List.of(
                    text("id", id("Organisation", "o.key"), "#org+id", "The API's global id (Organisation)"),
                    text("key", "o.key", "#org+code", "The organisation's key"),
                    text("name_ar", "o.name_ar", "#org+name+i_ar", "Name in Arabic"),
                    text("name_en", "o.name_en", "#org+name+i_en", "Name in English"),
                    field("name_en_verified", "boolean", "o.name_en_verified", "#org+name+i_en+verified",
                            "false: the English name is the curators' and no source confirms it"),
                    text("acronym", "o.acronym", "#org+acronym", "Acronym"),
                    text("kind", "o.kind", "#org+type", "GOVERNMENT, MINISTRY, UN_AGENCY, NGO, …"),
                    text("parent_id", id("Organisation", "parent.key"), "#org+id+parent",
                            "The organisation it is part of (organisations.id)"),
                    text("note", "o.note", "#org+note", "Curators' note")),
                    versions("ORGANISATION", "o.key")),
            List.of("id"), List.of(new ForeignKey("parent_id", ORGANISATIONS, "id")));

    static final ExportTable ALIAS_TABLE = new ExportTable("aliases", "Aliases",
            "Other spellings of people's and organisations' names, as the sources write them: each row belongs to"
                    + " exactly one person or one organisation.",
            "(SELECT 'person' AS owner, p.key AS owner_key, a.lang, a.text FROM person_alias a"
                    + " JOIN person p ON p.id = a.person_id UNION ALL SELECT 'organisation', o.key, a.lang, a.text"
                    + " FROM organisation_alias a JOIN organisation o ON o.id = a.organisation_id) a",
            "owner, owner_key, lang, text", List.of(
                    text("owner", "a.owner", "#meta+owner", "person or organisation"),
                    text("owner_key", "a.owner_key", "#meta+owner+code", "The key of its person or organisation"),
                    text("person_id", "CASE WHEN a.owner = 'person' THEN " + id("Person", "a.owner_key") + " END",
                            "#contact+id", "The person (people.id)"),
                    text("organisation_id", "CASE WHEN a.owner = 'organisation' THEN "
                            + id("Organisation", "a.owner_key") + " END", "#org+id", "The organisation"),
                    text("lang", "a.lang", "#meta+lang", "ar or en"),
                    text("text", "a.text", "#meta+name", "The other name")),
            List.of("owner", "owner_key", "text"), List.of(new ForeignKey("person_id", PEOPLE, "id"),
                    new ForeignKey("organisation_id", ORGANISATIONS, "id")));

    static final ExportTable PARTICIPATION_TABLE = new ExportTable(PARTICIPATIONS, "Participations",
            "Who took part in each meeting, in what role, for which organisation and with which title.",
            "participation x JOIN meeting m ON m.id = x.meeting_id JOIN person p ON p.id = x.person_id"
                    + " LEFT JOIN organisation o ON o.id = x.organisation_id", "meeting_key, position",
            List.of(
                    text("key", roleKey("m.key", "p.key", "x.role"), "#meta+code",
                            "meeting key/person key/ROLE: unique, stable across loads"),
                    text("meeting_id", id("Meeting", "m.key"), "#event+id", "The meeting (meetings.id)"),
                    text("meeting_key", "m.key", "#event+code", "The meeting's key"),
                    field("position", "integer", "x.position", "#meta+position", "Its order among the participants"),
                    text("person_id", id("Person", "p.key"), "#contact+id", "The person (people.id)"),
                    text("organisation_id", id("Organisation", "o.key"), "#org+id",
                            "The organisation they acted for; empty when the sources do not say"),
                    text("role", "x.role", "#contact+role", "CHAIR, CO_CHAIR, HOST, PARTICIPANT, SPEAKER or CONTACT"),
                    text("title_ar", "x.title_ar", "#contact+title+i_ar", "Their title in Arabic"),
                    text("title_en", "x.title_en", "#contact+title+i_en", "Their title in English")),
            List.of("key"), List.of(new ForeignKey("meeting_id", MEETINGS, "id"),
                    new ForeignKey("person_id", PEOPLE, "id"), new ForeignKey("organisation_id", ORGANISATIONS, "id")));

    static final ExportTable ORGANISATION_ROLE_TABLE = new ExportTable(ORGANISATION_ROLES, "Organisation roles",
            "Which organisations organised, funded, took part in or were mentioned at each meeting.",
            "meeting_organisation x JOIN meeting m ON m.id = x.meeting_id"
                    + " JOIN organisation o ON o.id = x.organisation_id", "meeting_key, position",
            List.of(
                    text("key", roleKey("m.key", "o.key", "x.role"), "#meta+code",
                            "meeting key/organisation key/ROLE: unique, stable across loads"),
                    text("meeting_id", id("Meeting", "m.key"), "#event+id", "The meeting (meetings.id)"),
                    text("meeting_key", "m.key", "#event+code", "The meeting's key"),
                    field("position", "integer", "x.position", "#meta+position", "Its order in the meeting"),
                    text("organisation_id", id("Organisation", "o.key"), "#org+id", "The organisation"),
                    text("role", "x.role", "#org+role",
                            "ORGANISER, CO_CHAIR, PARTICIPANT, FUNDER, IMPLEMENTER, FORUM or MENTIONED"),
                    text("note", "x.note", "#org+note", "Curators' note")),
            List.of("key"), List.of(new ForeignKey("meeting_id", MEETINGS, "id"),
                    new ForeignKey("organisation_id", ORGANISATIONS, "id")));

    static final ExportTable FIGURE_TABLE = new ExportTable(FIGURES, "Cited figures",
            "Numbers the documents cite (migrants counted, funds, returns), exactly as stated.",
            "cited_figure f JOIN source_document d ON d.id = f.document_id LEFT JOIN meeting m ON m.id = f.meeting_id"
                    + " LEFT JOIN organisation pr ON pr.id = f.producer_id", "key",
            concat(List.of(
                    text("id", id("Figure", "f.key"), "#indicator+id", "The API's global id (Figure)"),
                    text("key", "f.key", "#indicator+code", "The figure's key"),
                    text("document_id", id("Document", "d.slug"), "#meta+source+id", "The document citing it"),
                    text("meeting_id", id("Meeting", "m.key"), "#event+id", "The meeting it was cited at, if any"),
                    field("value", "number", "f.value", "#indicator+value+num", "The value, exact"),
                    text("unit", "f.unit", "#indicator+unit", "What it counts, e.g. migrants, EUR"),
                    text("qualifier", "f.qualifier", "#indicator+qualifier",
                            "EXACT, APPROXIMATE, AT_LEAST, AT_MOST or ESTIMATE"),
                    text("text_as_stated", "f.text_as_stated", "#indicator+text", "The figure as the text writes it"),
                    text("counts_ar", "f.counts_ar", "#indicator+name+i_ar", "What is counted, in Arabic"),
                    text("counts_en", "f.counts_en", "#indicator+name+i_en", "What is counted, in English"),
                    text("measure", "f.measure", "#indicator+measure", "The measure it is comparable within"),
                    text("producer_id", id("Organisation", "pr.key"), "#org+id+producer",
                            "The organisation that produced it")),
                    fuzzyDate("f", "as_of", "as_of", "#date+asof", "The day the figure holds for"),
                    List.of(text("note", "f.note", "#indicator+note", "Curators' note")),
                    versions("FIGURE", "f.key")),
            List.of("id"), List.of(new ForeignKey("document_id", DOCUMENTS, "id"),
                    new ForeignKey("meeting_id", MEETINGS, "id"), new ForeignKey("producer_id", ORGANISATIONS, "id")));

    /** The evidence spans with the fact each supports; {@link Annotations} writes the same rows as Web Annotations. */
    static final String EVIDENCE_FROM = "evidence e JOIN source_document d ON d.id = e.document_id"
            + " LEFT JOIN meeting em ON em.id = e.meeting_id"
            + " LEFT JOIN participation ep ON ep.id = e.participation_id"
            + " LEFT JOIN meeting epm ON epm.id = ep.meeting_id LEFT JOIN person epp ON epp.id = ep.person_id"
            + " LEFT JOIN meeting_organisation eo ON eo.id = e.meeting_organisation_id"
            + " LEFT JOIN meeting eom ON eom.id = eo.meeting_id LEFT JOIN organisation eoo ON eoo.id = eo.organisation_id"
            + " LEFT JOIN cited_figure ef ON ef.id = e.figure_id";
    static final String PARTICIPATION_KEY = roleKey("epm.key", "epp.key", "ep.role");
    static final String ORGANISATION_ROLE_KEY = roleKey("eom.key", "eoo.key", "eo.role");

    static final ExportTable EVIDENCE_TABLE = new ExportTable("evidence", "Evidence",
            "The words of a document that support a fact: one row per span, with the one fact it supports (none for a"
                    + " document's publication date). `start`/`end` are offsets in the document's text (Unicode code"
                    + " points, end exclusive); the text from start to end is `quote`. annotations.jsonld has the"
                    + " same spans as W3C Web Annotations.",
            EVIDENCE_FROM, "document_slug, start, \"end\", aspect, meeting_key, participation_key,"
                    + " organisation_role_key, figure_key",
            List.of(
                    text("document_id", id("Document", "d.slug"), "#meta+source+id", "The document (documents.id)"),
                    text("document_slug", "d.slug", "#meta+source+code", "The document's slug"),
                    field("start", "integer", "e.start_offset", "#meta+start", "Offset of the quote's first character"),
                    field("end", "integer", "e.end_offset", "#meta+end", "Offset just past its last character"),
                    text("quote", "e.quote", "#description+quote", "The quoted words, verbatim"),
                    text("prefix", "e.prefix", "#description+prefix",
                            "Up to 32 characters before the quote (\"\", a quoted empty cell, at the start of a text)"),
                    text("suffix", "e.suffix", "#description+suffix",
                            "Up to 32 characters after the quote (\"\" at the end of a text)"),
                    text("aspect", "e.aspect", "#meta+aspect", "FACT, DATE, CITY, TEXT, AS_OF or PUBLISHED"),
                    text("meeting_id", id("Meeting", "em.key"), "#event+id", "The meeting it supports"),
                    text("meeting_key", "em.key", "#event+code", "That meeting's key"),
                    text("participation_key", PARTICIPATION_KEY, "#contact+code",
                            "The participation it supports (participations.key)"),
                    text("organisation_role_key", ORGANISATION_ROLE_KEY, "#org+code",
                            "The organisation role it supports (organisation-roles.key)"),
                    text("figure_id", id("Figure", "ef.key"), "#indicator+id", "The figure it supports"),
                    text("figure_key", "ef.key", "#indicator+code", "That figure's key")),
            List.of(), List.of(new ForeignKey("document_id", DOCUMENTS, "id"),
                    new ForeignKey("meeting_id", MEETINGS, "id"),
                    new ForeignKey("participation_key", PARTICIPATIONS, "key"),
                    new ForeignKey("organisation_role_key", ORGANISATION_ROLES, "key"),
                    new ForeignKey("figure_id", FIGURES, "id")));

    /** In dependency order: a table's foreign keys point to tables before it or to itself. */
    static final List<ExportTable> ALL = List.of(ORGANISATION_TABLE, PERSON_TABLE, ALIAS_TABLE, DOCUMENT_TABLE,
            MEETING_TABLE, PARTICIPATION_TABLE, ORGANISATION_ROLE_TABLE, FIGURE_TABLE, EVIDENCE_TABLE);
}
