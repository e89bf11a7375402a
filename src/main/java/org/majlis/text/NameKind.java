package org.majlis.text;

import org.eclipse.microprofile.graphql.Description;

@Description("Which of a record's names matched.")
public enum NameKind {
    @Description("Its main name (Arabic or English).")
    NAME,
    @Description("Its acronym, e.g. IOM.")
    ACRONYM,
    @Description("Another spelling seen in the sources or in common use.")
    ALIAS
}
