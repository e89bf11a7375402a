package org.majlis.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The ids PostgreSQL stores and computes (changeset 0020) are the ids Java issues and parses: every seeded record's
 * {@code global_id} column, and the SQL functions on keys that a curator might write (Arabic, long enough for
 * base64's line breaks, every padding length).
 */
@QuarkusTest
class GlobalIdColumnsTest {
    /** A table with stored ids: its GraphQL type and its key column. */
    private record Table(String name, String type, String key) {
    }

    private static final List<Table> TABLES = List.of(new Table("meeting", "Meeting", "key"),
            new Table("organisation", "Organisation", "key"), new Table("person", "Person", "key"),
            new Table("cited_figure", "Figure", "key"), new Table("source_document", "Document", "slug"));

    @Inject
    DataSource dataSource;

    @Test
    void everyStoredIdIsTheIdJavaIssues() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (Table table : TABLES) {
                int rows = 0;
                try (ResultSet result = statement.executeQuery("SELECT " + table.key() + ", " + GlobalId.COLUMN
                        + " FROM " + table.name())) {
                    while (result.next()) {
                        assertEquals(GlobalId.of(table.type(), result.getString(1)), result.getString(2),
                                table.name() + " " + result.getString(1));
                        rows++;
                    }
                }
                assertTrue(rows > 0, "no seeded rows in " + table.name());
            }
        }
    }

    @Test
    void theSqlFormsEncodeAsJavaDoes() throws SQLException {
        String[] keys = {"m-1", "m-12", "m-123", "اجتماع-طرابلس-٢٠٢٤", "k".repeat(100) + "/+=?", "é"};
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT " + GlobalId.sql("Meeting", "?")
                        + ", " + Base64Url.sql("?"))) {
            for (String key : keys) {
                statement.setString(1, key);
                statement.setString(2, key);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    assertEquals(GlobalId.of("Meeting", key), result.getString(1), key);
                    assertEquals(Base64Url.encode(key), result.getString(2), key);
                    assertEquals(new GlobalId("Meeting", key), GlobalId.parse("id", result.getString(1)));
                }
            }
        }
    }
}
