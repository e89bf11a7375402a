package org.majlis.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One table of the data package: the SQL that reads its records and the Table Schema that describes them. The same
 * select gives the CSV, its HXL variant and the JSON Lines, so the three never disagree.
 *
 * @param name the resource name, also the file name without extension
 * @param from the FROM clause (with joins) the fields' expressions read
 * @param orderBy output field names in the order rows are written (deterministic files)
 */
record ExportTable(String name, String title, String description, String from, String orderBy, List<Field> fields,
        List<String> primaryKey, List<ForeignKey> foreignKeys) {

    /**
     * A column: its Table Schema type ({@code string}, {@code integer}, {@code number}, {@code boolean}, {@code date}
     * or {@code array}: a JSON array in the CSV cell), the SQL expression of its value, its HXL hashtag.
     */
    record Field(String name, String type, String sql, String hxl, String description) {
    }

    /** A single-column foreign key to another table of the package. */
    record ForeignKey(String field, String resource, String referencedField) {
    }

    /** The records with their SQL types, in file order. */
    String select() {
        return "SELECT " + fields.stream().map(f -> f.sql() + " AS \"" + f.name() + "\"").collect(Collectors.joining(", "))
                + " FROM " + from;
    }

    /** The rows as CSV cells: booleans as {@code true}/{@code false}, arrays as JSON (COPY would write t/f, {a,b}). */
    String csvSelect() {
        return "SELECT " + fields.stream().map(ExportTable::csvCell).collect(Collectors.joining(", ")) + " FROM ("
                + select() + ") t ORDER BY " + orderBy;
    }

    /** Each row as one JSON object, its values typed (numbers, booleans, arrays, null). */
    String jsonSelect() {
        return "SELECT row_to_json(t) FROM (" + select() + ") t ORDER BY " + orderBy;
    }

    String header() {
        return fields.stream().map(Field::name).collect(Collectors.joining(","));
    }

    String hashtags() {
        return fields.stream().map(Field::hxl).collect(Collectors.joining(","));
    }

    private static String csvCell(Field field) {
        return switch (field.type()) {
            case "boolean" -> "t.\"" + field.name() + "\"::text";
            case "array" -> "array_to_json(t.\"" + field.name() + "\")::text";
            default -> "t.\"" + field.name() + "\"";
        };
    }

    /** The table's CSV file in the package. */
    String csvFile() {
        return name + ".csv";
    }

    /** The CSV with a row of HXL hashtags. */
    String hxlFile() {
        return name + ".hxl.csv";
    }

    /** The same records as JSON Lines. */
    String jsonlFile() {
        return name + ".jsonl";
    }
}
