package org.majlis.search;

import org.eclipse.microprofile.graphql.Description;

@Description("The kinds of record `search` looks through.")
public enum SearchType {
    @Description("Meetings: titles, venue, city and summary.")
    MEETING,
    @Description("Organisations: names, acronyms and aliases.")
    ORGANISATION,
    @Description("People: names and aliases.")
    PERSON,
    @Description("Cited figures: the figure as written, its value, what it counts and its unit.")
    FIGURE,
    @Description("Source documents: title and full text.")
    DOCUMENT
}
