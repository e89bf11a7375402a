package org.majlis.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Interface
@Name("Node")
@Description("An object with a stable, opaque global id (Relay Global Object Identification).")
public interface Node {
    @Id
    @NonNull
    @Description("The global id: opaque, stable across reloads of the seed data.")
    String getId();
}
