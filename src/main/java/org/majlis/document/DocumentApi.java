package org.majlis.document;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.dataset.RecordType;
import org.majlis.dataset.RecordVersions;
import org.majlis.dataset.RecordVersionsLoader;
import org.majlis.evidence.EvidenceType;
import org.majlis.figure.CitedFigure;
import org.majlis.figure.FigureType;
import org.majlis.graphql.Batch;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.NotFoundException;
import org.majlis.graphql.Page;
import org.majlis.graphql.ReadOnly;
import org.majlis.graphql.Selection;
import org.majlis.meeting.Meeting;
import org.majlis.meeting.MeetingType;
import org.majlis.organisation.OrganisationApi;
import org.majlis.organisation.OrganisationType;

@GraphQLApi
@Transactional
@ReadOnly
public class DocumentApi {
    @Inject
    RecordVersionsLoader recordVersions;
    @Inject
    Selection selection;

    @Query("documents")
    @NonNull
    @Description("The source documents, ordered by file name.")
    public DocumentConnection documents(@Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before) {
        Page<DocumentType> page = Page.of(first, after, last, before,
                (offset, limit) -> DocumentSql.page(offset, limit).list(SourceDocument.getEntityManager(),
                        SourceDocument.class).stream().map(DocumentType::from).toList(),
                () -> (int) SourceDocument.count(), selection);
        return new DocumentConnection(page);
    }

    @Query("document")
    @Description("One document by id. An unknown id is a NOT_FOUND error.")
    public DocumentType document(@Id @NonNull @Description("The global id, as returned in `id`.") String id) {
        return NotFoundException.unlessFound(byKey(GlobalId.keyOf("id", id, DocumentType.TYPE)), "document", id);
    }

    /** For {@code node(id)}: the document with this slug, or null. */
    public static DocumentType byKey(String slug) {
        SourceDocument document = SourceDocument.find("slug", slug).firstResult();
        return document == null ? null : DocumentType.from(document);
    }

    @Description("The organisation that published it; null when unknown.")
    public List<OrganisationType> publisher(@Source List<DocumentType> documents) {
        return OrganisationApi.organisationsOf(documents.stream().map(DocumentType::publisherId).toList());
    }

    @NonNull
    @Description("The meetings the document reports, in the order of the text.")
    public List<List<@NonNull MeetingType>> meetings(@Source List<DocumentType> documents) {
        List<Long> ids = documents.stream().map(DocumentType::dbId).toList();
        List<MeetingType> meetings = Meeting.<Meeting>list("documentId in ?1 order by position", ids).stream()
                .map(MeetingType::from).toList();
        return Batch.groupByParent(ids, meetings, MeetingType::documentId);
    }

    @NonNull
    @Description("The figures the document cites, in the order of the text.")
    public List<List<@NonNull FigureType>> figures(@Source List<DocumentType> documents) {
        List<Long> ids = documents.stream().map(DocumentType::dbId).toList();
        List<FigureType> figures = CitedFigure.<CitedFigure>list("documentId in ?1 order by position", ids).stream()
                .map(FigureType::from).toList();
        return Batch.groupByParent(ids, figures, FigureType::documentId);
    }

    @Name("document")
    @NonNull
    @Description("The document the quote is taken from.")
    public List<DocumentType> evidenceDocument(@Source List<EvidenceType> evidence) {
        return documentsOf(evidence.stream().map(EvidenceType::documentId).toList());
    }

    @Name("document")
    @NonNull
    @Description("The document that reports the meeting.")
    public List<DocumentType> meetingDocument(@Source List<MeetingType> meetings) {
        return documentsOf(meetings.stream().map(MeetingType::documentId).toList());
    }

    @Name("document")
    @NonNull
    @Description("The document that cites the figure.")
    public List<DocumentType> figureDocument(@Source List<FigureType> figures) {
        return documentsOf(figures.stream().map(FigureType::documentId).toList());
    }

    /** The documents with these row ids, in one statement, in the same order. */
    public static List<DocumentType> documentsOf(List<Long> ids) {
        Map<Long, SourceDocument> found = Batch.byId(SourceDocument.class, ids, d -> d.id);
        return ids.stream().map(id -> DocumentType.from(found.get(id))).toList();
    }

    @Description(RecordVersions.FIELD)
    public List<RecordVersions> versions(@Source List<DocumentType> documents) {
        return recordVersions.of(RecordType.DOCUMENT, documents.stream().map(DocumentType::slug).toList());
    }
}
