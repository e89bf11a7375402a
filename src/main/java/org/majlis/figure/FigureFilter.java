package org.majlis.figure;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.majlis.organisation.OrganisationMatch;

@Input("FigureFilter")
@Description("Narrows a list of figures; all given fields must hold.")
public class FigureFilter {
    @Description("What one unit is, e.g. `person` (exact).")
    public String unit;
    @Description("How the figure is stated.")
    public FigureQualifier qualifier;
    @Description("Figures of this measure, e.g. `migrants-in-libya` (the exact key, as in `Figure.measure`).")
    public String measure;
    @Description("Figures of at least this value.")
    public BigDecimal minValue;
    @Description("Figures of at most this value.")
    public BigDecimal maxValue;
    @Description("Figures produced by these organisations (e.g. IOM with `includeSubOrganisations` for DTM).")
    public OrganisationMatch producer;
}
