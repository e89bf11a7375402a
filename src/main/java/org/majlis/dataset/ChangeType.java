package org.majlis.dataset;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.GlobalId;

@Name("Change")
@Description("One change that a load of the seed data made to a record.")
public record ChangeType(
        @NonNull @Description("The dataset version the load made.") int version,
        @NonNull @Description("Whether the record was added, modified or deleted.") ChangeKind kind,
        @NonNull @Description("What kind of record it is.") RecordType type,
        @NonNull @Description("The record's curated key (a document's slug).") String key,
        @Id @NonNull @Description("The record's global id; after a deletion `node(id)` is null.") String id) {

    static ChangeType of(int version, String kind, String type, String key) {
        RecordType recordType = RecordType.valueOf(type);
        return new ChangeType(version, ChangeKind.valueOf(kind), recordType, key,
                GlobalId.of(recordType.graphqlType, key));
    }
}
