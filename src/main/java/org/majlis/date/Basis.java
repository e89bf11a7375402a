package org.majlis.date;

import org.eclipse.microprofile.graphql.Description;

@Description("What a date or place rests on.")
public enum Basis {
    @Description("The text states it.")
    STATED,
    @Description("Derived from the text (see the note).")
    INFERRED,
    @Description("From outside reporting, not from the text (see the note).")
    EXTERNAL
}
