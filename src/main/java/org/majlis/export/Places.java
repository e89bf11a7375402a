package org.majlis.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.majlis.date.FuzzyDateType;
import org.majlis.seed.SeedFiles.AliasSpec;
import org.majlis.seed.SeedFiles.PlaceSpec;
import org.majlis.seed.SeedFiles.PlacesFile;
import org.postgresql.copy.CopyManager;

/**
 * {@code meetings.geojson}: the meetings whose city is known and is a place of the gazetteer
 * (seeds/reference/places.yaml), at that place's coordinates. A city matches a place when its Arabic or English name,
 * normalised as the API's name search does ({@code majlis_normalise}), equals the place's name or one of its aliases;
 * the first such place in the gazetteer wins. A meeting whose city is unknown, or not in the gazetteer, is left out:
 * it is never placed by guess. The coordinates are the city's, not the venue's, and an outside fact: their basis is
 * EXTERNAL, with a note and the gazetteer's source.
 */
final class Places {
    private Places() {
    }

    static final String NOTE = "The coordinates are those of the city in majlis' gazetteer, not of the venue: an"
            + " outside fact (GeoNames), not read from the document.";
    private static final ObjectMapper JSON = new ObjectMapper();

    static String describe(String gazetteerFile) {
        return "A GeoJSON FeatureCollection (RFC 7946) of the meetings whose city is known and in the gazetteer ("
                + gazetteerFile + "), each a Point at the city's coordinates (longitude, latitude; WGS 84) with"
                + " coordinates_basis EXTERNAL, a note and the gazetteer's source. Meetings with no city, or a city"
                + " not in the gazetteer, are not in it.";
    }

    static void write(CopyManager copy, PlacesFile gazetteer, String gazetteerFile, OutputStream out)
            throws SQLException, IOException {
        out.write("{\n\"type\": \"FeatureCollection\",\n\"features\": [\n".getBytes(StandardCharsets.UTF_8));
        DataPackageWriter.jsonArray(copy, select(gazetteer), out);
        out.write("]\n}\n".getBytes(StandardCharsets.UTF_8));
    }

    /** The features, the gazetteer inlined as a JSON literal (COPY takes no parameters). */
    static String select(PlacesFile gazetteer) throws JsonProcessingException {
        ArrayNode places = JSON.createArrayNode();
        int order = 0;
        for (PlaceSpec place : gazetteer.places()) {
            ObjectNode p = places.addObject().put("ord", order++).put("key", place.key()).put("lat", place.lat())
                    .put("lon", place.lon()).put("geonames", place.geonames());
            ArrayNode names = p.putArray("names").add(place.name().ar());
            if (place.name().en() != null) {
                names.add(place.name().en());
            }
            if (place.aliases() != null) {
                place.aliases().stream().map(AliasSpec::text).forEach(names::add);
            }
        }
        String literal = "'" + JSON.writeValueAsString(places).replace("'", "''") + "'";
        String edtf = FuzzyDateType.edtfSql("m.date_precision", "m.date_earliest", "m.date_latest", "m.date_uncertain");
        String source = "'" + gazetteer.source().replace("'", "''") + "'";
        return "WITH place AS (SELECT p.ord, p.key, p.lat, p.lon, p.geonames, ARRAY(SELECT majlis_normalise(n)"
                + " FROM jsonb_array_elements_text(p.names) n) AS names FROM jsonb_to_recordset(" + literal
                + "::jsonb) AS p(ord int, key text, lat numeric, lon numeric, geonames bigint, names jsonb)),"
                + " placed AS (SELECT DISTINCT ON (m.key) m.*, pl.key AS place, pl.lat, pl.lon, pl.geonames"
                + " FROM place pl JOIN meeting m ON majlis_normalise(m.city_en) = ANY (pl.names)"
                + " OR majlis_normalise(m.city_ar) = ANY (pl.names) ORDER BY m.key, pl.ord)"
                + " SELECT json_build_object('type', 'Feature', 'id', " + ExportTables.id("Meeting", "m.key")
                + ", 'geometry', json_build_object('type', 'Point', 'coordinates', json_build_array(m.lon, m.lat)),"
                + " 'properties', json_build_object('key', m.key, 'title_ar', m.title_ar, 'title_en', m.title_en,"
                + " 'date_edtf', " + edtf + ", 'city_ar', m.city_ar, 'city_en', m.city_en, 'city_basis', m.city_basis,"
                + " 'city_note', m.city_note, 'place', m.place, 'geonames_id', m.geonames, 'coordinates_basis',"
                + " 'EXTERNAL', 'coordinates_note', '" + NOTE.replace("'", "''") + "', 'coordinates_source', "
                + source + ")) FROM placed m ORDER BY m.key";
    }
}
