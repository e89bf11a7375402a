package org.majlis.compiled;

/** The SQL forms of root fields: fields of {@code Query}, whose row is none. */
public abstract class QueryFields implements SqlType {
    @Override
    public final String type() {
        return "Query";
    }
}
