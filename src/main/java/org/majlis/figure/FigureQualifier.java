package org.majlis.figure;

import org.eclipse.microprofile.graphql.Description;

@Description("How exactly a source states a figure.")
public enum FigureQualifier {
    @Description("Stated as an exact number.")
    EXACT,
    @Description("Stated as about, nearly or around the value.")
    APPROXIMATE,
    @Description("Stated as a lower bound.")
    AT_LEAST,
    @Description("Stated as an upper bound.")
    AT_MOST,
    @Description("Stated as someone's estimate.")
    ESTIMATE
}
