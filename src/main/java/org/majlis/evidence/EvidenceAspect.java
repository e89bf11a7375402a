package org.majlis.evidence;

import org.eclipse.microprofile.graphql.Description;

@Description("Which aspect of a fact a quote supports.")
public enum EvidenceAspect {
    @Description("The fact itself.")
    FACT,
    @Description("Its date.")
    DATE,
    @Description("Its city.")
    CITY,
    @Description("The words a figure is stated in.")
    TEXT,
    @Description("The date a figure refers to.")
    AS_OF,
    @Description("The publication date of the document.")
    PUBLISHED
}
