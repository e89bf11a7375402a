package org.majlis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/**
 * {@code annotations.jsonld}: every evidence span as a W3C Web Annotation (an AnnotationPage of them), its target the
 * document ({@code urn:majlis:document:SLUG}) with a TextQuoteSelector (quote, prefix, suffix) and a
 * TextPositionSelector (offsets in Unicode code points, as the spec counts them); its body the fact it supports
 * ({@code urn:majlis:meeting:KEY}, {@code …:participation:KEY}, {@code …:organisation-role:KEY}, {@code …:figure:KEY}, or
 * the document itself for its publication date) and the aspect of that fact as a tag.
 */
final class Annotations {
    private Annotations() {
    }

    private static final String FACT = "CASE WHEN em.id IS NOT NULL THEN 'urn:majlis:meeting:' || em.key"
            + " WHEN ep.id IS NOT NULL THEN 'urn:majlis:participation:' || " + ExportTables.PARTICIPATION_KEY
            + " WHEN eo.id IS NOT NULL THEN 'urn:majlis:organisation-role:' || " + ExportTables.ORGANISATION_ROLE_KEY
            + " WHEN ef.id IS NOT NULL THEN 'urn:majlis:figure:' || ef.key ELSE 'urn:majlis:document:' || d.slug END";
    private static final String SELECT = "SELECT json_build_object('id', a.fact || '#evidence:' || a.slug || ':'"
            + " || a.start_offset || '-' || a.end_offset || ':' || lower(a.aspect), 'type', 'Annotation',"
            + " 'motivation', 'linking', 'body', json_build_array(a.fact, json_build_object('type', 'TextualBody',"
            + " 'purpose', 'tagging', 'value', a.aspect)), 'target', json_build_object('source',"
            + " 'urn:majlis:document:' || a.slug, 'selector', json_build_array(json_build_object('type',"
            + " 'TextQuoteSelector', 'exact', a.quote, 'prefix', a.prefix, 'suffix', a.suffix), json_build_object("
            + "'type', 'TextPositionSelector', 'start', a.start_offset, 'end', a.end_offset))))"
            + " FROM (SELECT d.slug, e.start_offset, e.end_offset, e.aspect, e.quote, e.prefix, e.suffix, " + FACT
            + " AS fact FROM " + ExportTables.EVIDENCE_FROM + ") a ORDER BY a.slug, a.start_offset, a.end_offset,"
            + " a.aspect, a.fact";

    static String describe() {
        return "Every evidence span (evidence.csv) as a W3C Web Annotation (www.w3.org/TR/annotation-model): target"
                + " urn:majlis:document:SLUG (documents.csv) with a TextQuoteSelector and a TextPositionSelector,"
                + " body the fact it supports (urn:majlis:meeting:KEY, urn:majlis:participation:KEY,"
                + " urn:majlis:organisation-role:KEY, urn:majlis:figure:KEY, or the document for its publication"
                + " date) and the aspect of the fact as a tag. Its @context is " + DataPackageWriter.ANNO_CONTEXT_IRI
                + ", shipped as " + DataPackageWriter.CONTEXT + ".";
    }

    static void write(CopyManager copy, int version, OutputStream out) throws SQLException, IOException {
        out.write(("{\n\"@context\": \"" + DataPackageWriter.ANNO_CONTEXT_IRI + "\",\n\"id\": \"urn:majlis:dataset:v"
                + version + ":annotations\",\n\"type\": \"AnnotationPage\",\n\"items\": [\n")
                .getBytes(StandardCharsets.UTF_8));
        DataPackageWriter.jsonArray(copy, SELECT, out);
        out.write("]\n}\n".getBytes(StandardCharsets.UTF_8));
    }
}
