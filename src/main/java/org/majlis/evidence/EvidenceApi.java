package org.majlis.evidence;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.majlis.date.FuzzyDateType;

/** Evidence of dates; facts of other kinds resolve their evidence in their own feature's API. */
@GraphQLApi
public class EvidenceApi {
    @Inject
    EvidenceLoader loader;

    @NonNull
    @Description("The quotes the date rests on: the words that state or imply it.")
    public List<@NonNull List<@NonNull EvidenceType>> evidence(@Source List<FuzzyDateType> dates) {
        return loader.forSources(dates, FuzzyDateType::evidenceOwner);
    }
}
