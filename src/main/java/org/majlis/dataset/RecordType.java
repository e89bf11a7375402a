package org.majlis.dataset;

import org.eclipse.microprofile.graphql.Description;

/** The records whose versions are tracked, each with the GraphQL type its global id names. */
@Description("A kind of record whose versions are tracked.")
public enum RecordType {
    @Description("A meeting (`Meeting`).")
    MEETING("Meeting"),
    @Description("A person (`Person`).")
    PERSON("Person"),
    @Description("An organisation (`Organisation`).")
    ORGANISATION("Organisation"),
    @Description("A cited figure (`Figure`).")
    FIGURE("Figure"),
    @Description("A source document (`Document`).")
    DOCUMENT("Document");

    /** The GraphQL type, as its global ids name it. */
    public final String graphqlType;

    RecordType(String graphqlType) {
        this.graphqlType = graphqlType;
    }
}
