package org.majlis.figure;

import org.eclipse.microprofile.graphql.Description;

@Description("What `figureStats` groups the figures by.")
public enum FigureGroup {
    @Description("By what one unit is (`person`, `organisation` …); every figure has a unit.")
    UNIT,
    @Description("By the organisation that produced the figure; unattributed figures have no producer and are"
            + " counted in the bucket whose key is null.")
    PRODUCER,
    @Description("By what the figures count (`Figure.measure`); figures with no measure are counted in the bucket"
            + " whose key is null.")
    MEASURE
}
