package org.majlis.evidence;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Evidence")
@Description("The words of a source document that support a fact, located as a W3C Web Annotation"
        + " TextPositionSelector (`start`, `end`) and TextQuoteSelector (`quote` with `prefix` and `suffix`)."
        + " Offsets count UTF-16 code units, which equal Unicode code points in these texts:"
        + " `document.text` from `start` to `end` is exactly `quote`.")
public record EvidenceType(
        @Ignore long documentId,
        @NonNull @Description("Offset of the first character of the quote in the document text.") int start,
        @NonNull @Description("Offset just past the last character of the quote (exclusive).") int end,
        @NonNull @Description("The quoted words, verbatim.") String quote,
        @NonNull @Description("Up to 32 characters of text before the quote.") String prefix,
        @NonNull @Description("Up to 32 characters of text after the quote.") String suffix,
        @NonNull @Description("Which aspect of the fact the quote supports.") EvidenceAspect aspect) {

    static EvidenceType from(Evidence e) {
        return new EvidenceType(e.documentId, e.start, e.end, e.quote, e.prefix, e.suffix,
                EvidenceAspect.valueOf(e.aspect));
    }
}
