package org.majlis.dataset;

import org.eclipse.microprofile.graphql.Description;

@Description("What a load did to a record.")
public enum ChangeKind {
    @Description("The record appeared (for the first time, or again after it was deleted).")
    ADDED,
    @Description("The record's content changed: any of its own fields, its names and aliases, its evidence, or, for a"
            + " meeting, its organisation roles and participations (see `Query.changes`).")
    MODIFIED,
    @Description("The record was removed: its id no longer resolves (`node(id)` is null).")
    DELETED
}
