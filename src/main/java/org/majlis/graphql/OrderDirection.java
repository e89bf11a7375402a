package org.majlis.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Sort direction.")
public enum OrderDirection {
    @Description("Ascending: oldest or smallest first.")
    ASC,
    @Description("Descending: newest or largest first.")
    DESC
}
