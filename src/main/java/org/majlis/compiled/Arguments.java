package org.majlis.compiled;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Coerced GraphQL arguments (maps, lists, strings, numbers, dates) as the input classes the resolvers receive,
 * field by field as SmallRye maps them, so that both paths hand the same {@code MeetingFilter} to the same SQL.
 */
public final class Arguments {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Arguments() {
    }

    /** The argument as an instance of {@code type}, or null when it is absent. */
    public static <T> T as(Object value, Class<T> type) {
        return value == null ? null : MAPPER.convertValue(value, type);
    }
}
