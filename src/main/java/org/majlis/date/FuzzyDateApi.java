package org.majlis.date;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.evidence.EvidenceLoader;
import org.majlis.evidence.EvidenceType;

/**
 * Evidence of dates, served here beside FuzzyDate (which names its evidence owner) so that evidence knows no date;
 * facts of other kinds resolve their evidence in their own feature's API.
 */
@GraphQLApi
public class FuzzyDateApi {
    @Inject
    EvidenceLoader loader;

    @NonNull
    @Description("The quotes the date rests on: the words that state or imply it.")
    public List<@NonNull List<@NonNull EvidenceType>> evidence(@Source List<FuzzyDateType> dates) {
        return loader.forSources(dates, FuzzyDateType::evidenceOwner);
    }
}
