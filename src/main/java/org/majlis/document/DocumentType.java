package org.majlis.document;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.date.FuzzyDateType;
import org.majlis.evidence.EvidenceAspect;
import org.majlis.evidence.EvidenceOwner;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.Node;
import org.majlis.graphql.Text;

@Name("Document")
@Description("A source document: a news text, stored exactly as received. Every fact points back into its `text`.")
public record DocumentType(
        @Ignore long dbId,
        @Ignore Long publisherId,
        String id,
        @NonNull @Description("The file name the text came in, e.g. `001_67b11c7e792b4555`.") String slug,
        @NonNull @Description("The title: `ar` is the text's own headline when `headline` is true.") Text title,
        @NonNull @Description("True when `title.ar` is the document's own headline; false when the curators wrote"
                + " a descriptive title because the text has none.") boolean headline,
        @NonNull @Description("The language of the text (ISO 639-1).") String language,
        @NonNull @Description("The full text, byte for byte as received. Evidence offsets index into it.") String text,
        @NonNull @Description("SHA-256 of the text's UTF-8 bytes (hex), to check a copy against.") String sha256,
        @Description("When it was published, as precisely as known; null when unknown.") FuzzyDateType published,
        @Description("Where the publisher serves the original: a page found to hold the same text, checked on"
                + " `retrieved`; null when no such page was found (never guessed).") String sourceUrl,
        @Description("The day `sourceUrl` was checked to hold the text; null when there is no `sourceUrl`.")
        LocalDate retrieved) implements Node {

    static final String TYPE = "Document";

    @Id
    @NonNull
    @Override
    @Description("The global id: opaque, stable across reloads of the seed data.")
    public String getId() {
        return id;
    }

    public static DocumentType from(SourceDocument d) {
        return new DocumentType(d.id, d.publisherId, GlobalId.of(TYPE, d.slug), d.slug, Text.of(d.titleAr, d.titleEn),
                d.headline, d.language, d.body, d.bodySha256,
                FuzzyDateType.from(d.published,
                        EvidenceOwner.of(EvidenceOwner.Column.DOCUMENT, d.id, EvidenceAspect.PUBLISHED)),
                d.sourceUrl, d.sourceRetrieved);
    }
}
