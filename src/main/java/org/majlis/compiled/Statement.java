package org.majlis.compiled;

import graphql.execution.CoercedVariables;
import graphql.normalized.ExecutableNormalizedField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.majlis.graphql.Sql;

/**
 * The one SQL statement that answers a normalised operation: its single row holds the response's {@code data} as
 * JSON text, built inside PostgreSQL with {@code row_to_json} (whose output is compact, as SmallRye's is; {@code
 * json_build_object} and {@code json_agg} put spaces after {@code :} and {@code ,}) over correlated subqueries,
 * and whether a field the resolvers would answer with an error came out null. The selections that use no variable
 * are compiled once per {@link Shape} and reused ({@code reuse}); the rest, per request.
 */
final class Statement {
    /** Column names are identifiers of at most 63 bytes (NAMEDATALEN); longer result keys are not compiled. */
    private static final int MAX_KEY = 63;
    /** The columns a connection's rows get besides the table's: the statement's own and the page's count. */
    private static final Set<String> PAGE_COLUMNS = Set.of("n", "cursor", "total_count");

    final StringBuilder sql = new StringBuilder();
    final List<Object> values = new ArrayList<>();
    private final Shape shape;
    private final CoercedVariables variables;
    private final SqlTypes types;
    private final Set<String> exercised;
    private final FieldOrder order;
    private final boolean reuse;
    final String snapshotValue;
    private final List<String> requiredRoots = new ArrayList<>();
    /** The number of the field being compiled, and how many aliases it has named: its aliases are its own. */
    private int owner;
    private int aliases;

    private Statement(Shape shape, CoercedVariables variables, SqlTypes types, Set<String> exercised,
            FieldOrder order, boolean reuse, String snapshotValue) {
        this.snapshotValue = snapshotValue;
        this.shape = shape;
        this.variables = variables;
        this.types = types;
        this.exercised = exercised;
        this.order = order;
        this.reuse = reuse;
    }

    /**
     * The result keys of a field's selection on one object type, in the order the engine writes them. The
     * normalised operation orders the fields of an interface's selection (node(id)) by their first appearance for
     * any type; the engine, by their appearance for the object's own type.
     */
    @FunctionalInterface
    interface FieldOrder {
        List<String> keys(Shape shape, ExecutableNormalizedField field, String type);
    }

    /**
     * @param exercised receives the {@code Type.field} coordinates compiled
     * @param reuse take the SQL of constant selections from the shape (false: compile everything afresh)
     * @param snapshotValue an SQL expression the statement returns too, in its third column
     * @throws NotCompiled when a field has no SQL form (the request goes to the resolvers)
     */
    static Statement of(Shape shape, CoercedVariables variables, SqlTypes types, Set<String> exercised,
            FieldOrder order, boolean reuse, String snapshotValue) {
        Statement statement = new Statement(shape, variables, types, exercised, order, reuse, snapshotValue);
        StringBuilder root = new StringBuilder();
        statement.sql.append("SELECT row_to_json(q)::text, ");
        int mark = statement.sql.length();
        statement.sql.append(" FROM (SELECT ");
        statement.columns(shape.operation.getTopLevelFields(), "Query", Row.table("q0"));
        // a root tested for null (below) would otherwise be computed twice: PostgreSQL pulls the subquery up and
        // evaluates its expression once for the JSON and once for the test; OFFSET 0 keeps it one row, read once
        statement.sql.append(statement.requiredRoots.isEmpty() ? ") q" : " OFFSET 0) q");
        root.append(statement.requiredRoots.isEmpty() ? "false" : String.join(" OR ", statement.requiredRoots
                .stream().map(key -> "q.\"" + key + "\" IS NULL").toList()));
        root.append(", ").append(snapshotValue);
        statement.sql.insert(mark, root);
        return statement;
    }

    /** A new alias of the field being compiled: {@code prefix}, the field's number, and a count. */
    private String alias(String prefix) {
        return prefix + owner + "_" + (++aliases);
    }

    /**
     * {@code expression AS "key", ...} for the fields of an object of {@code type} on {@code row}; none when
     * {@code @skip}/{@code @include} left none ({@code row_to_json} of no columns is {@code {}}, as the engine's).
     * A selection that uses no variable is compiled once for the shape.
     */
    private void columns(List<ExecutableNormalizedField> fields, String type, Row row) {
        boolean root = type.equals("Query");
        if (reuse && !root && !fields.isEmpty() && fields.stream().allMatch(shape::isConstant)) {
            Shape.Fragment fragment = shape.fragment(fields.get(0).getParent(), type, row, () -> {
                Statement alone = new Statement(shape, variables, types, new HashSet<>(), order, false, null);
                alone.columns(fields, type, row);
                return Shape.fragment(alone.sql.toString(), alone.values, alone.exercised);
            });
            sql.append(fragment.sql());
            values.addAll(fragment.values());
            exercised.addAll(fragment.exercised());
            return;
        }
        boolean first = true;
        for (ExecutableNormalizedField field : fields) {
            String key = field.getResultKey();
            if (key.length() > MAX_KEY) {
                throw new NotCompiled("result key longer than " + MAX_KEY);
            }
            if (!field.getObjectTypeNames().contains(type)) {
                continue; // selected for another type of an interface (node(id)): not this object's
            }
            if (!first) {
                sql.append(", ");
            }
            first = false;
            if (field.getName().equals("__typename")) {
                sql.append("CAST('").append(type).append("' AS text)");
            } else {
                int outerOwner = owner;
                int outerAliases = aliases;
                owner = shape.number(field);
                aliases = 0;
                SqlField compiled = types.field(type, field.getName(), row, shape.arguments(field, variables));
                if (compiled == null) {
                    throw new NotCompiled(type + "." + field.getName());
                }
                exercised.add(type + "." + field.getName());
                value(compiled, field, root);
                owner = outerOwner;
                aliases = outerAliases;
            }
            sql.append(" AS \"").append(key).append('"');
        }
    }

    private void value(SqlField compiled, ExecutableNormalizedField field, boolean root) {
        if (compiled instanceof SqlField.Value v) {
            append(v.sql());
        } else if (compiled instanceof SqlField.Part p) {
            if (p.nullWhen() != null) {
                sql.append("CASE WHEN ").append(p.nullWhen()).append(" THEN NULL ELSE ");
            }
            object(field.getChildren(), p.type(), p.row(), "", null);
            if (p.nullWhen() != null) {
                sql.append(" END");
            }
        } else if (compiled instanceof SqlField.One o) {
            if (o.required() && !root) {
                throw new NotCompiled("a required object below the root");
            }
            String c = alias("t");
            List<ExecutableNormalizedField> children = field.getChildren();
            if (children.stream().anyMatch(child -> child.getObjectTypeNames().size() > 1)) {
                List<String> keys = shape.order(field, o.type(), () -> order.keys(shape, field, o.type()));
                children = children.stream().filter(child -> keys.contains(child.getResultKey()))
                        .sorted(java.util.Comparator.comparingInt(child -> keys.indexOf(child.getResultKey())))
                        .toList();
            }
            object(children, o.type(), Row.table(c), " FROM " + o.from() + " " + c + " WHERE ", o.where().apply(c));
            if (o.required()) {
                requiredRoots.add(field.getResultKey());
            }
        } else if (compiled instanceof SqlField.Many m) {
            String c = alias("t");
            String x = alias("x");
            sql.append("array_to_json(ARRAY(SELECT row_to_json(").append(x).append(") FROM (SELECT ");
            columns(field.getChildren(), m.type(), Row.table(c));
            sql.append(" FROM ").append(m.from()).append(' ').append(c).append(" WHERE ");
            append(m.where().apply(c));
            sql.append(" ORDER BY ").append(m.orderBy().apply(c));
            if (m.limit() > 0) {
                sql.append(" LIMIT ").append(m.limit());
            }
            sql.append(") ").append(x).append("))");
        } else {
            connection((SqlField.Connection) compiled, field);
        }
    }

    /** {@code (SELECT row_to_json(x) FROM (SELECT <fields> [FROM ... WHERE condition]) x)}. */
    private void object(List<ExecutableNormalizedField> fields, String type, Row row, String from, Sql condition) {
        String x = alias("x");
        sql.append("(SELECT row_to_json(").append(x).append(") FROM (SELECT ");
        columns(fields, type, row);
        sql.append(from);
        if (condition != null) {
            append(condition);
        }
        sql.append(") ").append(x).append(')');
    }

    private void connection(SqlField.Connection c, ExecutableNormalizedField field) {
        String rows = alias("page");
        String r = alias("r");
        List<String> rowAliases = new ArrayList<>(List.of(r));
        // PostgreSQL keeps the page's rows once when several parts read them, and reads them in place when one
        // does; a cursor is encoded only when the selection shows one
        int start = sql.length();
        sql.append("(WITH ").append(rows).append(" AS (SELECT ").append(r).append(".*, ");
        if (selectsCursor(field)) {
            sql.append(c.cursor().apply(r)).append(" AS cursor, ");
        }
        sql.append("row_number() OVER () AS n FROM (");
        // the page's statement goes here once the rest shows which of its columns are read
        int pageAt = sql.length();
        int pageValuesAt = values.size();
        boolean withTotal = field.getChildren().stream().anyMatch(child -> child.getName().equals("totalCount"));
        sql.append(") ").append(r).append(") ");
        String connectionType = c.type() + "Connection";
        String x = alias("x");
        sql.append("SELECT row_to_json(").append(x).append(") FROM (SELECT ");
        boolean first = true;
        for (ExecutableNormalizedField child : field.getChildren()) {
            if (!first) {
                sql.append(", ");
            }
            first = false;
            if (child.getObjectTypeNames().size() != 1 || !child.getObjectTypeNames().contains(connectionType)) {
                throw new NotCompiled("a connection field on an abstract type");
            }
            switch (child.getName()) {
                case "__typename" -> sql.append("CAST('").append(connectionType).append("' AS text)");
                case "totalCount" -> {
                    if (c.rows().countsInPage(true)) {
                        // an empty first page: no match at all
                        sql.append("coalesce((SELECT total_count FROM ").append(rows).append(" LIMIT 1), 0)");
                    } else {
                        sql.append('(');
                        append(c.count());
                        sql.append(')');
                    }
                }
                case "nodes" -> rowAliases.add(items(child.getChildren(), c, rows, false));
                case "edges" -> rowAliases.add(items(child.getChildren(), c, rows, true));
                case "pageInfo" -> {
                    String y = alias("x");
                    sql.append("(SELECT row_to_json(").append(y).append(") FROM (SELECT ");
                    boolean firstInfo = true;
                    for (ExecutableNormalizedField info : child.getChildren()) {
                        if (!firstInfo) {
                            sql.append(", ");
                        }
                        firstInfo = false;
                        String expression = info.getName().equals("__typename") ? "CAST('PageInfo' AS text)"
                                : c.cut().pageInfoSql(info.getName(), rows);
                        if (expression == null) {
                            throw new NotCompiled("PageInfo." + info.getName());
                        }
                        sql.append(expression).append(" AS \"").append(info.getResultKey()).append('"');
                    }
                    sql.append(") ").append(y).append(')');
                }
                default -> throw new NotCompiled(connectionType + "." + child.getName());
            }
            exercised.add(connectionType + "." + child.getName());
            sql.append(" AS \"").append(child.getResultKey()).append('"');
        }
        sql.append(") ").append(x).append(')');
        StringBuilder page = new StringBuilder();
        List<Object> pageValues = new ArrayList<>();
        Set<String> read = columnsRead(sql.substring(start), rowAliases);
        read.removeAll(PAGE_COLUMNS);
        c.rows().page(withTotal, read).appendTo(page, pageValues);
        sql.insert(pageAt, page);
        values.addAll(pageValuesAt, pageValues);
    }

    /**
     * The columns that {@code text} reads from rows under these aliases ({@code alias.column}): every field writes
     * a column of its row so ({@link Row#column}), and every alias is the statement's own ({@link #alias}). A plain
     * scan: variable-using connections are compiled per request.
     */
    private static Set<String> columnsRead(String text, List<String> aliases) {
        Set<String> columns = new HashSet<>();
        for (String alias : aliases) {
            String prefix = alias + ".";
            for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
                if (at > 0 && isWordPart(text.charAt(at - 1))) {
                    continue; // another alias that ends with this one
                }
                int end = at + prefix.length();
                while (end < text.length() && isWordPart(text.charAt(end))) {
                    end++;
                }
                if (end > at + prefix.length()) {
                    columns.add(text.substring(at + prefix.length(), end));
                }
            }
        }
        return columns;
    }

    private static boolean isWordPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** True when the connection's selection holds an edge's cursor or {@code pageInfo}'s start or end cursor. */
    private static boolean selectsCursor(ExecutableNormalizedField connection) {
        return connection.getChildren().stream().anyMatch(child -> (child.getName().equals("edges")
                || child.getName().equals("pageInfo")) && child.getChildren().stream().anyMatch(part -> part.getName()
                        .equals("cursor") || part.getName().equals("startCursor") || part.getName().equals("endCursor")));
    }

    /** The page's items as nodes, or as edges of {@code cursor} and {@code node}; returns the items' row alias. */
    private String items(List<ExecutableNormalizedField> fields, SqlField.Connection c, String rows, boolean edges) {
        String t = alias("t");
        String x = alias("x");
        sql.append("array_to_json(ARRAY(SELECT row_to_json(").append(x).append(") FROM (SELECT ");
        if (!edges) {
            columns(fields, c.type(), Row.table(t));
        } else {
            String edgeType = c.type() + "Edge";
            boolean first = true;
            for (ExecutableNormalizedField edge : fields) {
                if (!first) {
                    sql.append(", ");
                }
                first = false;
                switch (edge.getName()) {
                    case "__typename" -> sql.append("CAST('").append(edgeType).append("' AS text)");
                    case "cursor" -> sql.append(t).append(".cursor");
                    case "node" -> object(edge.getChildren(), c.type(), Row.table(t), "", null);
                    default -> throw new NotCompiled(edgeType + "." + edge.getName());
                }
                exercised.add(edgeType + "." + edge.getName());
                sql.append(" AS \"").append(edge.getResultKey()).append('"');
            }
        }
        sql.append(" FROM ").append(rows).append(' ').append(t).append(" WHERE ").append(c.cut().itemsCondition(t))
                .append(" ORDER BY ").append(c.cut().itemsOrder(t)).append(") ").append(x).append("))");
        return t;
    }

    private void append(Sql piece) {
        piece.appendTo(sql, values);
    }
}
