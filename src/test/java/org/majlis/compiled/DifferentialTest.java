package org.majlis.compiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.majlis.graphql.GraphQLClient.okOnResolvers;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.majlis.graphql.GraphQLClient;

/**
 * The compiled read path answers exactly as the resolvers do: the documents users meet (the benchmark's, the
 * mobile app's) and thousands of generated ones (random selections, aliases, fragments, directives, arguments,
 * variables, pages and cursors, from a fixed seed) are each sent both ways and must give byte-identical bodies;
 * most must be answered by the compiled path, and every field it claims must have been exercised.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DifferentialTest {
    private static final int GENERATED = 2000;
    private static final long SEED = 20261201L;
    /** The enum values the generated filters use (written bare in a literal; any other string is quoted). */
    private static final Set<String> ENUM_VALUES = Set.of("WITHIN", "OVERLAPS", "EXACT", "APPROXIMATE", "ESTIMATE");

    @Inject
    CompiledPath compiled;
    @Inject
    SqlTypes types;
    @Inject
    GraphQLSchema schema;

    private final List<String> meetingIds = new ArrayList<>();
    private final List<String> organisationIds = new ArrayList<>();
    private final List<String> personIds = new ArrayList<>();
    private final List<String> cursors = new ArrayList<>();
    private final List<String> figureIds = new ArrayList<>();
    private final List<String> documentIds = new ArrayList<>();
    private final List<String> offsetCursors = new ArrayList<>();

    @BeforeEach
    void knownRecords() {
        if (!meetingIds.isEmpty()) {
            return;
        }
        var json = okOnResolvers("{ meetings(first: 100) { edges { cursor node { id } } }"
                + " organisations(first: 100) { nodes { id } } people(first: 100) { nodes { id } }"
                + " figures(first: 100) { nodes { id } } documents(first: 100) { nodes { id } }"
                + " cursors: people(first: 12) { edges { cursor } } }", Map.of());
        offsetCursors.addAll(json.getList("data.cursors.edges.cursor"));
        figureIds.addAll(json.getList("data.figures.nodes.id"));
        documentIds.addAll(json.getList("data.documents.nodes.id"));
        meetingIds.addAll(json.getList("data.meetings.edges.node.id"));
        cursors.addAll(json.getList("data.meetings.edges.cursor"));
        cursors.addAll(okOnResolvers("{ meetings(first: 100, orderBy: {direction: ASC}) { edges { cursor } } }",
                Map.of()).getList("data.meetings.edges.cursor"));
        organisationIds.addAll(json.getList("data.organisations.nodes.id"));
        personIds.addAll(json.getList("data.people.nodes.id"));
    }

    /** Sends the request both ways (byte-identical bodies required); returns whether the compiled path answered. */
    private static boolean compare(String query, Map<String, Object> variables) {
        return GraphQLClient.compiled(GraphQLClient.post(query, variables));
    }

    /**
     * The documents a user of majlis meets (the README's, GraphiQL's examples, the mobile app's operations, the
     * benchmark's) are answered by the compiled path, byte for byte as by the resolvers; the README's search,
     * statistics, ranked name lists ({@code edges.match}), {@code dataset} and {@code changes} stay on the resolvers
     * (README "The compiled read path").
     */
    @Test
    @Order(1)
    void theDocumentsUsersMeetAreCompiledAndAnswerAsTheResolvers() throws IOException {
        String org = organisationIds.get(0);
        Map<String, Map<String, Object>> variables = Map.of(
                "Q1", Map.of("org", org, "from", "2016-01-01", "to", "2019-01-01"),
                "Q2", Map.of("id", meetingIds.get(1)),
                "Q3", Map.of("from", "2016-01-01", "to", "2020-01-01"));
        for (String q : List.of("Q1", "Q2", "Q3")) {
            String document = Files.readString(Path.of("bench/queries/majlis/" + q + ".graphql"));
            assertTrue(compare(document, variables.get(q)), q + " is compiled");
        }
        String cards = Files.readString(Path.of("clients/mobile/MeetingCards.graphql"));
        assertTrue(compare(cards, Map.of()), "MeetingCards is compiled");
        assertTrue(compare(cards, Map.of("first", 3, "after", cursors.get(2))), "MeetingCards page 2");
        assertTrue(compare(Files.readString(Path.of("clients/mobile/MeetingDetail.graphql")),
                Map.of("id", meetingIds.get(0))), "MeetingDetail is compiled");
        assertTrue(compare(Files.readString(Path.of("clients/mobile/OrganisationCard.graphql")),
                Map.of("id", org)), "OrganisationCard is compiled");
        try (var examples = Files.list(Path.of("src/main/resources/graphiql"))) {
            for (Path example : examples.filter(p -> p.toString().endsWith(".graphql")).sorted().toList()) {
                assertTrue(compare(Files.readString(example), Map.of()), example + " is compiled");
            }
        }
        List<String> readme = readmeDocuments();
        assertTrue(readme.size() >= 9, "the README's GraphQL examples: " + readme.size());
        for (String document : readme) {
            boolean resolversOnly = document.contains("search(") || document.contains("Stats(")
                    || document.contains("match {") || document.contains("dataset {")
                    || document.contains("changes(");
            assertEquals(!resolversOnly, compare(document, Map.of()), "compiled: " + document);
        }
    }

    /** The README's GraphQL examples (its ```graphql blocks). */
    private static List<String> readmeDocuments() throws IOException {
        List<String> documents = new ArrayList<>();
        StringBuilder block = null;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (block == null && line.equals("```graphql")) {
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                documents.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return documents;
    }

    @Test
    @Order(2)
    void errorsComeFromTheResolversOnBothPaths() {
        String detail = "query($id: ID!) { meeting(id: $id) { key title { en } } }";
        String unknown = org.majlis.graphql.GlobalId.of("Meeting", "no-such-meeting");
        assertTrue(!compare(detail, Map.of("id", unknown)), "NOT_FOUND falls back");
        assertTrue(!compare(detail, Map.of("id", "not-an-id")), "a bad id falls back");
        assertTrue(!compare("{ meetings(first: 0) { totalCount } }", Map.of()), "a bad page size falls back");
        assertTrue(!compare("{ meetings(after: \"bad\") { totalCount } }", Map.of()), "a bad cursor falls back");
    }

    /** A field asked twice with different arguments is answered with each one's own (by both paths). */
    @Test
    @Order(2)
    void aFieldAskedWithTwoArgumentsAnswersEach() {
        var json = GraphQLClient.ok("{ meetings { nodes { key participants: organisations(role: PARTICIPANT) { role }"
                + " all: organisations { role } } } }");
        List<String> participants = json.getList("data.meetings.nodes.participants.flatten().role");
        List<String> all = json.getList("data.meetings.nodes.all.flatten().role");
        assertTrue(!participants.isEmpty() && participants.stream().allMatch("PARTICIPANT"::equals), participants
                .toString());
        assertTrue(all.size() > participants.size() && all.contains("ORGANISER"), all.toString());
    }

    @Test
    @Order(3)
    void generatedDocumentsAnswerAsTheResolvers() {
        Random random = new Random(SEED);
        int compiledCount = 0;
        int redrawn = 0;
        for (int i = 0; i < GENERATED; i++) {
            Generated generated = new Generator(random).document();
            if (compare(generated.query, generated.variables)) {
                compiledCount++;
            }
            if (!generated.variables.isEmpty()) {
                // the same document with new values: its plan, shape and kept SQL are reused
                redrawn++;
                compare(generated.query, generated.redraw.get());
            }
        }
        System.out.printf("differential: %d generated documents compared, %d answered by the compiled path,"
                + " %d sent again with new variables%n", GENERATED, compiledCount, redrawn);
        assertTrue(compiledCount >= GENERATED * 8 / 10, "the compiled path answered only " + compiledCount + " of "
                + GENERATED + " generated documents");
    }

    @Test
    @Order(4)
    void everyClaimedFieldWasExercised() {
        Set<String> missing = new TreeSet<>(types.claimed());
        missing.removeAll(compiled.exercised());
        assertTrue(missing.isEmpty(), "claimed by the compiler but never answered by it in these tests: " + missing);
    }

    @Test
    @Order(5)
    void theSqlKeptPerDocumentIsWhatAFreshCompilationGives() {
        assertTrue(compiled.reuseMismatches().isEmpty(), "reused statements differ from fresh ones: "
                + compiled.reuseMismatches());
    }

    /** A document, its variables, and new values for the same variables. */
    private record Generated(String query, Map<String, Object> variables, Supplier<Map<String, Object>> redraw) {
    }

    /** One random document over the compiled fields, with its variables. */
    private final class Generator {
        private final Random random;
        private final StringBuilder fragments = new StringBuilder();
        private final List<String> declarations = new ArrayList<>();
        private final Map<String, Object> variables = new HashMap<>();
        private final Map<String, Supplier<Object>> draws = new HashMap<>();
        private int aliases;
        private int fragmentCount;

        Generator(Random random) {
            this.random = random;
        }

        Generated document() {
            StringBuilder roots = new StringBuilder();
            int rootCount = 1 + (random.nextInt(4) == 0 ? 1 : 0);
            // (ten kinds of root, meetings twice as often)
            for (int i = 0; i < rootCount; i++) {
                roots.append(i == 0 ? "" : " ").append(alias(i > 0)).append(switch (random.nextInt(10)) {
                    case 0, 1, 2 -> meeting();
                    case 3 -> node();
                    case 4 -> byId("organisation", "Organisation", organisationIds);
                    case 5 -> byId("person", "Person", personIds);
                    case 6 -> byId("figure", "Figure", figureIds);
                    case 7 -> byId("document", "Document", documentIds);
                    case 8 -> list(pick(List.of("documents", "people", "organisations", "figures")));
                    default -> meetings();
                });
            }
            String head = declarations.isEmpty() ? "query" : "query(" + String.join(", ", declarations) + ")";
            return new Generated(head + " { " + roots + " }" + fragments, variables, () -> {
                Map<String, Object> again = new HashMap<>();
                draws.forEach((name, draw) -> again.put(name, draw.get()));
                return again;
            });
        }

        /** Any role or none, for each {@code organisations} field on its own (the resolvers batch by arguments). */
        private String role() {
            return random.nextBoolean() ? ""
                    : "(role: " + pick(List.of("PARTICIPANT", "ORGANISER", "CO_CHAIR", "FUNDER")) + ")";
        }

        private String alias(boolean needed) {
            return needed || random.nextInt(8) == 0 ? "a" + (++aliases) + ": " : "";
        }

        /** A variable of the document, its value drawn by {@code draw} (again for each new set of values). */
        private String variable(String name, String type, Supplier<Object> draw) {
            String unique = name + declarations.size();
            declarations.add("$" + unique + ": " + type);
            variables.put(unique, draw.get());
            draws.put(unique, draw);
            return "$" + unique;
        }

        private String meeting() {
            String argument = random.nextBoolean() ? variable("id", "ID!", () -> pick(meetingIds))
                    : "\"" + pick(meetingIds) + "\"";
            return "meeting(id: " + argument + ") " + selection("Meeting", 0);
        }

        private String byId(String root, String type, List<String> ids) {
            return root + "(id: \"" + pick(ids) + "\") " + selection(type, 0);
        }

        /** {@code node(id)} with an id of any type (or of none), and a fragment per type. */
        private String node() {
            Supplier<Object> id = () -> random.nextInt(20) == 0 ? org.majlis.graphql.GlobalId.of("Nothing", "x")
                    : pick(pick(List.of(meetingIds, organisationIds, personIds, figureIds, documentIds)));
            List<String> parts = new ArrayList<>(List.of("id"));
            if (random.nextBoolean()) {
                parts.add("__typename");
            }
            for (String type : List.of("Meeting", "Organisation", "Person", "Figure", "Document")) {
                if (random.nextInt(3) != 0) {
                    parts.add("... on " + type + " " + selection(type, 1));
                }
            }
            return "node(id: " + variable("id", "ID!", id) + ") { " + String.join(" ", shuffled(parts)) + " }";
        }

        /** A forward page of an offset-paged list (documents, people, organisations, the last maybe of a kind). */
        private String list(String root) {
            List<String> arguments = new ArrayList<>();
            if (random.nextInt(4) != 0) {
                arguments.add("first: " + (1 + random.nextInt(6)));
            }
            if (random.nextInt(3) == 0) {
                arguments.add("after: \"" + pick(offsetCursors) + "\"");
            }
            if (root.equals("organisations") && random.nextInt(3) == 0) {
                arguments.add("filter: {kind: " + pick(List.of("UN_AGENCY", "MINISTRY", "NGO", "COUNTRY_OFFICE"))
                        + "}");
            }
            if (root.equals("figures") && random.nextInt(3) != 0) {
                arguments.add("filter: " + (random.nextBoolean() ? variable("figures", "FigureFilter",
                        this::figureFilter) : literal(figureFilter())));
            }
            String type = switch (root) {
                case "documents" -> "Document";
                case "people" -> "Person";
                case "figures" -> "Figure";
                default -> "Organisation";
            };
            return root + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")") + " "
                    + connection(type);
        }

        private String meetings() {
            List<String> arguments = new ArrayList<>();
            boolean last = random.nextInt(5) == 0;
            if (random.nextInt(6) != 0) {
                arguments.add((last ? "last: " : "first: ") + (random.nextBoolean()
                        ? variable("n", "Int", () -> 1 + random.nextInt(8)) : String.valueOf(1 + random.nextInt(8))));
            }
            if (random.nextInt(3) == 0) {
                arguments.add((last && random.nextBoolean() ? "before: " : "after: ") + "\"" + pick(cursors) + "\"");
            }
            if (random.nextInt(3) == 0) {
                arguments.add("orderBy: {direction: " + (random.nextBoolean() ? "ASC" : "DESC") + "}");
            }
            if (random.nextInt(3) != 0) {
                arguments.add("filter: " + (random.nextBoolean() ? variable("filter", "MeetingFilter", this::filter)
                        : literal(filter())));
            }
            String args = arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")";
            return "meetings" + args + " " + connection("Meeting");
        }

        /** A random selection on a connection of {@code type}. */
        private String connection(String type) {
            List<String> parts = new ArrayList<>();
            for (String field : shuffled(List.of("totalCount", "nodes", "edges", "pageInfo", "__typename"))) {
                if (random.nextInt(3) == 0 && !parts.isEmpty()) {
                    continue;
                }
                parts.add(alias(false) + switch (field) {
                    case "nodes" -> "nodes " + selection(type, 1);
                    case "edges" -> "edges { " + (random.nextBoolean() ? "cursor " : "") + "node "
                            + selection(type, 1) + (random.nextInt(4) == 0 ? " __typename" : "") + " }";
                    case "pageInfo" -> "pageInfo { " + String.join(" ", subset(List.of("hasNextPage",
                            "hasPreviousPage", "startCursor", "endCursor"))) + " }";
                    default -> field;
                });
            }
            return "{ " + String.join(" ", parts) + " }";
        }

        private Map<String, Object> filter() {
            Map<String, Object> filter = new HashMap<>();
            if (random.nextBoolean()) {
                int from = 2014 + random.nextInt(6);
                Map<String, Object> range = new HashMap<>();
                if (random.nextInt(4) != 0) {
                    range.put("from", from + "-0" + (1 + random.nextInt(9)) + "-01");
                }
                if (random.nextInt(4) != 0) {
                    range.put("to", (from + 1 + random.nextInt(3)) + "-01-01");
                }
                filter.put("date", range);
                if (random.nextBoolean()) {
                    filter.put("dateMatch", random.nextBoolean() ? "WITHIN" : "OVERLAPS");
                }
            }
            if (random.nextInt(4) == 0) {
                filter.put("includeUndated", random.nextBoolean());
            }
            if (random.nextInt(3) == 0) {
                filter.put("organisation", organisationMatch());
            }
            if (random.nextInt(4) == 0) {
                filter.put("person", random.nextBoolean() ? Map.of("ids", List.of(pick(personIds)))
                        : Map.of("name", pick(List.of("بلبيسي", "عثمان البلبيسي", "Belbeisi", "Swing", "Lamorgese",
                                "nobody at all"))));
            }
            if (random.nextInt(6) == 0) {
                filter.put("city", random.nextBoolean() ? "Tripoli" : "طرابلس");
            }
            if (random.nextInt(6) == 0) {
                filter.put("published", Map.of("from", "2017-01-01", "to", "2019-01-01"));
            }
            return filter;
        }

        /** An organisation by id or by any of its names (or one no organisation has), maybe with those below it. */
        private Map<String, Object> organisationMatch() {
            Map<String, Object> organisation = new HashMap<>();
            if (random.nextBoolean()) {
                organisation.put("ids", List.of(pick(organisationIds)));
            } else {
                organisation.put("name", pick(List.of("IOM", "المنظمة الدولية للهجرة", "Displacement Tracking",
                        "UNSMIL", "الاتحاد الأوروبي", "no such body")));
            }
            if (random.nextBoolean()) {
                organisation.put("includeSubOrganisations", random.nextBoolean());
            }
            return organisation;
        }

        private Map<String, Object> figureFilter() {
            Map<String, Object> filter = new HashMap<>();
            if (random.nextBoolean()) {
                filter.put("unit", pick(List.of("person", "organisation", "project")));
            }
            if (random.nextInt(3) == 0) {
                filter.put("measure", "migrants-in-libya");
            }
            if (random.nextInt(3) == 0) {
                filter.put("qualifier", pick(List.of("EXACT", "APPROXIMATE", "ESTIMATE")));
            }
            if (random.nextInt(3) == 0) {
                filter.put("minValue", pick(List.of(5, 1000, 700000)));
            }
            if (random.nextInt(4) == 0) {
                filter.put("maxValue", pick(List.of(10, 800000, 5000000)));
            }
            if (random.nextInt(3) == 0) {
                filter.put("producer", organisationMatch());
            }
            return filter;
        }

        /** A GraphQL literal of a filter value. */
        private String literal(Object value) {
            if (value instanceof Map<?, ?> map) {
                List<String> fields = new ArrayList<>();
                map.forEach((k, v) -> fields.add(k + ": " + literal(v)));
                return "{" + String.join(", ", fields) + "}";
            }
            if (value instanceof List<?> list) {
                return "[" + String.join(", ", list.stream().map(this::literal).toList()) + "]";
            }
            if (value instanceof String text) {
                return ENUM_VALUES.contains(text) ? text : "\"" + text + "\"";
            }
            return String.valueOf(value);
        }

        /** A selection set over the compiled fields of an object type, maybe through fragments or directives. */
        private String selection(String type, int depth) {
            GraphQLObjectType object = schema.getObjectType(type);
            List<String> fields = new ArrayList<>();
            for (String claimed : types.claimed()) {
                if (claimed.startsWith(type + ".")) {
                    fields.add(claimed.substring(type.length() + 1));
                }
            }
            List<String> chosen = new ArrayList<>();
            for (String name : shuffled(fields)) {
                if (random.nextInt(3) != 0 && !chosen.isEmpty()) {
                    continue;
                }
                GraphQLFieldDefinition definition = object.getFieldDefinition(name);
                GraphQLType target = GraphQLTypeUtil.unwrapAll(definition.getType());
                String arguments = name.equals("organisations") ? role()
                        : type.equals("Organisation") && name.equals("meetings") ? "(first: " + (1 + random.nextInt(3))
                                + ")" : "";
                // deeper lists would multiply past the cost limit, which sends a document to the resolvers
                boolean list = GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList;
                if (target instanceof GraphQLObjectType && (depth >= 4 || list && depth >= 2)) {
                    continue;
                }
                String field = alias(false) + name + arguments;
                if (random.nextInt(12) == 0) {
                    field += random.nextBoolean()
                            ? " @include(if: " + variable("flag", "Boolean!", random::nextBoolean) + ")"
                            : " @skip(if: " + random.nextBoolean() + ")";
                }
                if (target instanceof GraphQLObjectType nested) {
                    field += " " + selection(nested.getName(), depth + 1);
                }
                chosen.add(field);
            }
            if (chosen.isEmpty()) {
                chosen.add("__typename");
            }
            if (random.nextInt(10) == 0) {
                chosen.add("__typename");
            }
            String body = String.join(" ", chosen);
            return switch (random.nextInt(8)) {
                case 0 -> {
                    String name = "F" + (++fragmentCount);
                    fragments.append(" fragment ").append(name).append(" on ").append(type).append(" { ").append(body)
                            .append(" }");
                    yield "{ ..." + name + (random.nextBoolean() ? " " + chosen.get(0) : "") + " }";
                }
                case 1 -> "{ ... on " + type + " { " + body + " } }";
                default -> "{ " + body + " }";
            };
        }

        private List<String> subset(List<String> all) {
            List<String> chosen = new ArrayList<>();
            for (String item : shuffled(all)) {
                if (chosen.isEmpty() || random.nextBoolean()) {
                    chosen.add(item);
                }
            }
            return chosen;
        }

        private <T> List<T> shuffled(List<T> items) {
            List<T> copy = new ArrayList<>(items);
            java.util.Collections.shuffle(copy, random);
            return copy;
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }
    }
}
