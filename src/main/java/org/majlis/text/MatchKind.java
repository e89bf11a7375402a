package org.majlis.text;

import org.eclipse.microprofile.graphql.Description;

@Description("How a name matched what was asked, after normalisation (see README, Finding things). Best first.")
public enum MatchKind {
    @Description("The whole name equals the query.")
    EXACT,
    @Description("The name starts with the query.")
    PREFIX,
    @Description("The name contains words similar to the query (trigram word similarity, see `score`).")
    FUZZY
}
