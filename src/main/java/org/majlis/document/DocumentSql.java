package org.majlis.document;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import org.majlis.compiled.QueryFields;
import org.majlis.compiled.Row;
import org.majlis.compiled.SqlField;
import org.majlis.compiled.SqlType;
import org.majlis.compiled.TextSql;
import org.majlis.dataset.RecordType;
import org.majlis.dataset.RecordVersionsSql;
import org.majlis.date.FuzzyDateSql;
import org.majlis.evidence.EvidenceAspect;
import org.majlis.evidence.EvidenceOwner;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Sql;
import org.majlis.organisation.OrganisationSql;

/** {@code Document} for the compiled read path: a row of {@code source_document} ({@link DocumentType}). */
@Singleton
public class DocumentSql implements SqlType {
    /** The {@value DocumentType#TYPE} with this key, for {@code document(id)} and {@code node(id)}. */
    public static SqlField.One byKey(String key, boolean required) {
        return SqlField.byKey(DocumentType.TYPE, "source_document", "slug", key, required);
    }

    /** {@code Query.document(id)}: an unknown id is NOT_FOUND, which the resolvers report. */
    @Singleton
    public static class Root extends QueryFields {
        @Override
        public Set<String> fields() {
            return Set.of("document", "documents");
        }

        @Override
        public SqlField field(String name, Row row, Map<String, Object> arguments) {
            if (name.equals("documents")) {
                return SqlField.ofList(DocumentType.TYPE, arguments, DocumentSql::page,
                        Sql.of("SELECT count(*) FROM source_document"));
            }
            return byKey(GlobalId.keyOf("id", (String) arguments.get("id"), DocumentType.TYPE), true);
        }
    }

    /** The mapped columns of {@link SourceDocument} (the search columns hold a copy of the text) and its stored id. */
    private static final String COLUMNS = "d.id, d.slug, d.title_ar, d.title_en, d.headline, d.language, d.body,"
            + " d.body_sha256, d.content_sha256, d.publisher_id, d.published_earliest, d.published_latest,"
            + " d.published_precision, d.published_basis, d.published_uncertain, d.published_text, d.published_note,"
            + " d.published_candidates, d.source_url, d.source_retrieved, d.global_id";

    /** {@code documents}: ordered by slug; the rows from {@code offset} on, at most {@code limit}. */
    static Sql page(int offset, int limit) {
        return Sql.of("SELECT " + COLUMNS + " FROM source_document d ORDER BY d.slug OFFSET :offset LIMIT :limit",
                Map.of("offset", offset, "limit", limit));
    }


    @Override
    public String type() {
        return DocumentType.TYPE;
    }

    @Override
    public Set<String> fields() {
        return Set.of("id", "slug", "title", "headline", "language", "sha256", "text", "published", "publisher",
                "meetings", "figures", "sourceUrl", "retrieved", "versions");
    }

    @Override
    public SqlField field(String name, Row row, Map<String, Object> arguments) {
        return switch (name) {
            case "id" -> new SqlField.Value(Sql.of(row.column(GlobalId.COLUMN)));
            case "versions" -> RecordVersionsSql.of(RecordType.DOCUMENT, row.column("slug"));
            case "title" -> TextSql.of(row, row.column("title_ar"), row.column("title_en"));
            case "sha256" -> new SqlField.Value(Sql.of("CAST(" + row.column("body_sha256") + " AS text)"));
            case "text" -> new SqlField.Value(Sql.of(row.column("body")));
            case "published" -> FuzzyDateSql.of(row, "published", EvidenceOwner.Column.DOCUMENT,
                    EvidenceAspect.PUBLISHED);
            case "publisher" -> OrganisationSql.byId(row.column("publisher_id"));
            case "meetings" -> new SqlField.Many("Meeting", "meeting",
                    c -> Sql.of(c + ".document_id = " + row.column("id")), c -> c + ".position");
            case "figures" -> new SqlField.Many("Figure", "cited_figure",
                    c -> Sql.of(c + ".document_id = " + row.column("id")), c -> c + ".position");
            case "sourceUrl" -> new SqlField.Value(Sql.of(row.column("source_url")));
            case "retrieved" -> new SqlField.Value(Sql.of(row.column("source_retrieved")));
            default -> new SqlField.Value(Sql.of(row.column(name)));
        };
    }
}
