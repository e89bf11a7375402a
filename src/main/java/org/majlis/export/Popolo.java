package org.majlis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/**
 * {@code popolo.json}: the people and organisations in the Popolo data specification (popoloproject.com) with the
 * participations as memberships, for tools built on it. Names: {@code name} is the Arabic name the sources use,
 * {@code other_names} the English one (its note says when no source confirms the spelling), the acronym and the
 * aliases. A membership's {@code id} is the participation's key in participations.csv, its {@code label} the
 * participant's title as stated (Arabic), its {@code organization_id} null when the sources name no organisation.
 */
final class Popolo {
    private Popolo() {
    }

    private static final String PERSONS = "SELECT json_build_object('id', " + ExportTables.id("Person", "p.key")
            + ", 'name', p.name_ar, 'other_names', (SELECT coalesce(json_agg(json_build_object('name', n.name,"
            + " 'note', n.note) ORDER BY n.ord, n.name), '[]') FROM (SELECT 0 AS ord, p.name_en AS name, CASE WHEN"
            + " p.name_en_verified THEN 'English' ELSE 'English (the curators'' spelling: no source confirms it)' END"
            + " AS note WHERE p.name_en IS NOT NULL UNION ALL SELECT 1, a.text, 'alias (' || a.lang || ')' FROM"
            + " person_alias a WHERE a.person_id = p.id) n), 'identifiers', json_build_array(json_build_object("
            + "'scheme', 'majlis', 'identifier', p.key))) FROM person p ORDER BY p.key";
    private static final String ORGANIZATIONS = "SELECT json_build_object('id', "
            + ExportTables.id("Organisation", "o.key") + ", 'name', o.name_ar, 'other_names', (SELECT"
            + " coalesce(json_agg(json_build_object('name', n.name, 'note', n.note) ORDER BY n.ord, n.name), '[]')"
            + " FROM (SELECT 0 AS ord, o.name_en AS name, CASE WHEN o.name_en_verified THEN 'English' ELSE"
            + " 'English (the curators'' name: no source confirms it)' END AS note WHERE o.name_en IS NOT NULL"
            + " UNION ALL SELECT 1, o.acronym, 'acronym' WHERE o.acronym IS NOT NULL UNION ALL SELECT 2, a.text,"
            + " 'alias (' || a.lang || ')' FROM organisation_alias a WHERE a.organisation_id = o.id) n),"
            + " 'identifiers', json_build_array(json_build_object('scheme', 'majlis', 'identifier', o.key)),"
            + " 'classification', o.kind, 'parent_id', " + ExportTables.id("Organisation", "parent.key")
            + ") FROM organisation o LEFT JOIN organisation parent ON parent.id = o.parent_id ORDER BY o.key";
    private static final String MEMBERSHIPS = "SELECT json_build_object('id', "
            + ExportTables.roleKey("m.key", "p.key", "x.role") + ", 'person_id', " + ExportTables.id("Person", "p.key")
            + ", 'organization_id', " + ExportTables.id("Organisation", "o.key") + ", 'role', lower(x.role),"
            + " 'label', x.title_ar) FROM participation x JOIN meeting m ON m.id = x.meeting_id"
            + " JOIN person p ON p.id = x.person_id LEFT JOIN organisation o ON o.id = x.organisation_id"
            + " ORDER BY m.key, x.position";

    static String describe() {
        return "People (persons), organisations (organizations, with parent_id) and participations (memberships:"
                + " role, the title as stated as label) in the Popolo data specification, popoloproject.com."
                + " Ids are the API's global ids; a membership's id is the participation's key in participations.csv.";
    }

    static void write(CopyManager copy, OutputStream out) throws SQLException, IOException {
        out.write("{\n\"persons\": [\n".getBytes(StandardCharsets.UTF_8));
        DataPackageWriter.jsonArray(copy, PERSONS, out);
        out.write("],\n\"organizations\": [\n".getBytes(StandardCharsets.UTF_8));
        DataPackageWriter.jsonArray(copy, ORGANIZATIONS, out);
        out.write("],\n\"memberships\": [\n".getBytes(StandardCharsets.UTF_8));
        DataPackageWriter.jsonArray(copy, MEMBERSHIPS, out);
        out.write("]\n}\n".getBytes(StandardCharsets.UTF_8));
    }
}
