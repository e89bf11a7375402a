package org.majlis.seed;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.majlis.dataset.ChangeLog.RecordKey;
import org.majlis.dataset.RecordType;

/**
 * The fingerprint of every record the loader writes: SHA-256 (hex) of the text of one canonical JSON value
 * (PostgreSQL's {@code jsonb}, whose text form orders keys and spaces values always the same way, with null fields
 * left out) that holds what the record says:
 * <ul>
 * <li>its own columns, but surrogate ids, stored global ids and what is derived from other columns (normalised
 * search columns, date spans and sort keys, a document's hash of its annotation file), with the records it refers to
 * by their keys;
 * <li>an organisation's or person's aliases (language and text), an organisation's parent;
 * <li>a document's text (as its SHA-256) and the quotes of its publication date;
 * <li>its evidence: aspect, offsets and quote of each span (so a changed text that moves a quote changes it);
 * <li>a meeting's organisation roles and participations, in their order, with their own evidence.
 * </ul>
 * What another record says is that record's: renaming an organisation changes the organisation, not its meetings.
 */
final class Fingerprints {
    private static final String EVIDENCE = "(SELECT jsonb_agg(jsonb_build_array(e.aspect, e.start_offset, e.end_offset,"
            + " e.quote) ORDER BY e.aspect, e.start_offset, e.end_offset) FROM evidence e WHERE e.%s)";
    private static final String ALIASES = "(SELECT jsonb_agg(jsonb_build_array(a.lang, a.text) ORDER BY a.lang, a.text)"
            + " FROM %s a WHERE a.%s)";

    private static final String SQL = String.join("\nUNION ALL\n",
            "SELECT 'ORGANISATION', o.key, to_jsonb(o) - ARRAY['id', 'global_id', 'parent_id', 'name_ar_norm',"
                    + " 'name_en_norm', 'acronym_norm'] || jsonb_build_object('parent', p.key, 'aliases', "
                    + ALIASES.formatted("organisation_alias", "organisation_id = o.id") + ")"
                    + " FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id",
            "SELECT 'PERSON', p.key, to_jsonb(p) - ARRAY['id', 'global_id', 'name_ar_norm', 'name_en_norm']"
                    + " || jsonb_build_object('aliases', " + ALIASES.formatted("person_alias", "person_id = p.id") + ")"
                    + " FROM person p",
            "SELECT 'DOCUMENT', d.slug, to_jsonb(d) - ARRAY['id', 'global_id', 'body', 'content_sha256',"
                    + " 'publisher_id', 'title_norm', 'body_norm', 'published_span']"
                    + " || jsonb_build_object('publisher', o.key, 'evidence', "
                    + EVIDENCE.formatted("document_id = d.id AND e.aspect = 'PUBLISHED'") + ")"
                    + " FROM source_document d LEFT JOIN organisation o ON o.id = d.publisher_id",
            "SELECT 'MEETING', m.key, to_jsonb(m) - ARRAY['id', 'global_id', 'document_id', 'date_sort', 'date_span',"
                    + " 'search_norm'] || jsonb_build_object('document', d.slug, 'evidence', "
                    + EVIDENCE.formatted("meeting_id = m.id")
                    + ", 'organisations', (SELECT jsonb_agg(to_jsonb(r) - ARRAY['id', 'meeting_id', 'organisation_id',"
                    + " 'meeting_span'] || jsonb_build_object('organisation', o.key, 'evidence', "
                    + EVIDENCE.formatted("meeting_organisation_id = r.id") + ") ORDER BY r.position)"
                    + " FROM meeting_organisation r JOIN organisation o ON o.id = r.organisation_id"
                    + " WHERE r.meeting_id = m.id)"
                    + ", 'participants', (SELECT jsonb_agg(to_jsonb(r) - ARRAY['id', 'meeting_id', 'person_id',"
                    + " 'organisation_id', 'meeting_span'] || jsonb_build_object('person', p.key, 'organisation',"
                    + " o.key, 'evidence', " + EVIDENCE.formatted("participation_id = r.id") + ") ORDER BY r.position)"
                    + " FROM participation r JOIN person p ON p.id = r.person_id"
                    + " LEFT JOIN organisation o ON o.id = r.organisation_id WHERE r.meeting_id = m.id))"
                    + " FROM meeting m JOIN source_document d ON d.id = m.document_id",
            "SELECT 'FIGURE', f.key, to_jsonb(f) - ARRAY['id', 'global_id', 'document_id', 'meeting_id', 'producer_id',"
                    + " 'search_norm'] || jsonb_build_object('document', d.slug, 'meeting', m.key, 'producer', o.key,"
                    + " 'evidence', " + EVIDENCE.formatted("figure_id = f.id") + ")"
                    + " FROM cited_figure f JOIN source_document d ON d.id = f.document_id"
                    + " LEFT JOIN meeting m ON m.id = f.meeting_id LEFT JOIN organisation o ON o.id = f.producer_id");

    private Fingerprints() {
    }

    /** Every record's fingerprint, read on the loader's connection (its transaction, after its writes). */
    static Map<RecordKey, String> read(Connection connection) throws SQLException {
        Map<RecordKey, String> fingerprints = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT type, key, encode(sha256(convert_to("
                        + "jsonb_strip_nulls(content)::text, 'UTF8')), 'hex') FROM (" + SQL + ") r (type, key, content)")) {
            while (rows.next()) {
                fingerprints.put(new RecordKey(RecordType.valueOf(rows.getString(1)), rows.getString(2)),
                        rows.getString(3));
            }
        }
        return fingerprints;
    }
}
