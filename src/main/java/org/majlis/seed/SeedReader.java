package org.majlis.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.majlis.seed.SeedFiles.DocumentSpec;
import org.majlis.seed.SeedFiles.OrganisationsFile;
import org.majlis.seed.SeedFiles.PeopleFile;
import org.majlis.seed.SeedFiles.PlacesFile;

/** Reads a seed folder into memory; every problem is reported with its file and the path inside it. */
final class SeedReader {
    static final String ORGANISATIONS = "reference/organisations.yaml";
    static final String PEOPLE = "reference/people.yaml";
    static final String PLACES = "reference/places.yaml";
    static final String DOCUMENTS = "documents";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** A source text and its annotation file. */
    record DocumentSource(String slug, String textFile, String annotationFile, byte[] textBytes, String body,
            byte[] annotationBytes, DocumentSpec spec) {
    }

    /** The folder's content; {@code places}, the gazetteer, is read and checked but not loaded into the database. */
    record SeedSet(byte[] organisationsBytes, OrganisationsFile organisations, byte[] peopleBytes, PeopleFile people,
            PlacesFile places, List<DocumentSource> documents) {
    }

    private final Path root;
    private final Problems problems;
    /** false: a text still waiting for its annotations (being drafted) is passed over, not a problem */
    private final boolean annotationsRequired;

    SeedReader(Path root, Problems problems) {
        this(root, problems, true);
    }

    SeedReader(Path root, Problems problems, boolean annotationsRequired) {
        this.root = root;
        this.problems = problems;
        this.annotationsRequired = annotationsRequired;
    }

    SeedSet read() {
        if (!Files.isDirectory(root)) {
            problems.add(root.toString(), "", "seed folder does not exist (set majlis.seed.directory)");
            return null;
        }
        byte[] orgBytes = bytes(ORGANISATIONS);
        byte[] peopleBytes = bytes(PEOPLE);
        OrganisationsFile orgs = parse(ORGANISATIONS, orgBytes, OrganisationsFile.class);
        PeopleFile people = parse(PEOPLE, peopleBytes, PeopleFile.class);
        PlacesFile places = parse(PLACES, bytes(PLACES), PlacesFile.class);
        return new SeedSet(orgBytes, orgs, peopleBytes, people, places, readDocuments());
    }

    private List<DocumentSource> readDocuments() {
        Path dir = root.resolve(DOCUMENTS);
        TreeSet<String> slugs = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.collect(Collectors.toList())) {
                String name = file.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".yaml")) {
                    slugs.add(name.substring(0, name.lastIndexOf('.')));
                }
            }
        } catch (IOException e) {
            problems.add(DOCUMENTS, "", "cannot list the documents folder: " + e.getMessage());
            return List.of();
        }
        List<DocumentSource> documents = new ArrayList<>();
        for (String slug : slugs) {
            String textFile = DOCUMENTS + "/" + slug + ".txt";
            String annotationFile = DOCUMENTS + "/" + slug + ".yaml";
            if (!Files.exists(root.resolve(textFile))) {
                problems.add(annotationFile, "", "has no source text " + textFile);
                continue;
            }
            if (!Files.exists(root.resolve(annotationFile))) {
                if (annotationsRequired) {
                    problems.add(textFile, "", "has no annotation file " + annotationFile);
                }
                continue;
            }
            byte[] textBytes = bytes(textFile);
            byte[] annotationBytes = bytes(annotationFile);
            String body = utf8(textFile, textBytes);
            DocumentSpec spec = parse(annotationFile, annotationBytes, DocumentSpec.class);
            if (body != null && spec != null) {
                documents.add(new DocumentSource(slug, textFile, annotationFile, textBytes, body, annotationBytes, spec));
            }
        }
        return documents;
    }

    private byte[] bytes(String file) {
        try {
            return Files.readAllBytes(root.resolve(file));
        } catch (IOException e) {
            problems.add(file, "", "cannot be read: " + e.getClass().getSimpleName());
            return null;
        }
    }

    private String utf8(String file, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(file, "", "is not valid UTF-8");
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            problems.add(file, "", "contains a NUL character, which PostgreSQL text cannot store");
            return null;
        }
        return text;
    }

    private <T> T parse(String file, byte[] bytes, Class<T> type) {
        if (bytes == null) {
            return null;
        }
        try {
            T value = YAML.readValue(bytes, type);
            if (value == null) {
                problems.add(file, "", "is empty");
            }
            return value;
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamReadException syntax) {
                // a syntax error met while binding a field is still a syntax error
                problems.add(file, "", notYaml(syntax));
            } else {
                problems.add(file, pathOf(e), reasonOf(e) + locationOf(e));
            }
        } catch (StreamReadException e) {
            problems.add(file, "", notYaml(e));
        } catch (IOException e) {
            problems.add(file, "", "cannot be read: " + e.getClass().getSimpleName());
        }
        return null;
    }

    private static String notYaml(StreamReadException e) {
        String reason = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().lines().findFirst().orElse("");
        return "is not valid YAML: " + reason + locationOf(e);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String reasonOf(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "invalid value '" + invalid.getValue() + "': expected " + expected(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "wrong shape: expected " + expected(mismatched.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date YYYY-MM-DD";
            case "BigDecimal" -> "a number";
            case "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            case "List", "ArrayList" -> "a list";
            default -> "a mapping (" + type.getSimpleName().replace("Spec", "") + ")";
        };
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
