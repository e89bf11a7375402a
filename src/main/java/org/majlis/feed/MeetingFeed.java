package org.majlis.feed;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.majlis.dataset.DatasetVersion;
import org.majlis.dataset.Licence;
import org.majlis.graphql.GlobalId;
import org.majlis.http.PersistedQueries;
import org.majlis.replica.ReadRouting;

/**
 * {@code /feeds/meetings.atom}: an Atom feed (RFC 4287) of the meetings added or changed by the loads of the seed
 * data, the most recently changed first (at most {@value #ENTRIES}). One entry per meeting, its id stable across
 * loads; {@code published} is the time of the version it first appeared in, {@code updated} that of the version that
 * last changed it, whose kind of change (added or modified) is its category, and its link points to the record
 * through GraphQL. Read in one statement, so an answer never mixes
 * two versions; a deleted meeting leaves the feed (its deletion is in {@code changes(since:)}).
 */
@ApplicationScoped
public class MeetingFeed {
    static final String PATH = "/feeds/meetings.atom";
    static final int ENTRIES = 100;
    static final String TYPE = "application/atom+xml; charset=utf-8";
    /** The document each entry links to, with the meeting's id as its variable. */
    static final String RECORD_QUERY = "query Meeting($id: ID!) { meeting(id: $id) { id key title { ar en } kind"
            + " date { edtf } city { name { ar en } } summary { ar en } document { slug sourceUrl }"
            + " versions { added changed } } }";
    private static final Logger LOG = Logger.getLogger(MeetingFeed.class);
    private static final String READ = "SELECT v.version, v.loaded_at, e.key, e.title_ar, e.title_en, e.summary_ar,"
            + " e.summary_en, e.added_in, e.changed_in, e.published, e.updated, e.kind"
            + " FROM (SELECT " + DatasetVersion.SQL + " AS version,"
            + " (SELECT max(loaded_at) FROM dataset_version) AS loaded_at) v"
            + " LEFT JOIN LATERAL (SELECT m.key, m.title_ar, m.title_en, m.summary_ar, m.summary_en, r.added_in,"
            + " r.changed_in, a.loaded_at AS published, c.loaded_at AS updated, lower(k.kind) AS kind"
            + " FROM dataset_record r JOIN meeting m ON m.key = r.key"
            + " JOIN dataset_version a ON a.version = r.added_in JOIN dataset_version c ON c.version = r.changed_in"
            + " JOIN dataset_change k ON k.version = r.changed_in AND k.type = r.type AND k.key = r.key"
            + " WHERE r.type = 'MEETING' AND r.deleted_in IS NULL ORDER BY r.changed_in DESC, m.key LIMIT " + ENTRIES
            + ") e ON true";

    @Inject
    ReadRouting reads;
    @ConfigProperty(name = "majlis.http.cache-max-age")
    int maxAge;

    void register(@Observes Router router) {
        router.get(PATH).blockingHandler(this::serve, false);
    }

    private void serve(RoutingContext rc) {
        String body;
        try {
            body = render(base(rc.request().absoluteURI()), read());
        } catch (SQLException e) {
            LOG.warnf("The meeting feed could not be read: %s", e.getMessage());
            rc.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "5")
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .end("The feed cannot be read now: the database does not answer. Try again shortly.\n");
            return;
        }
        String etag = "\"" + PersistedQueries.sha256(body).substring(0, 32) + "\"";
        rc.response().putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge);
        String ifNoneMatch = rc.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag)) {
            rc.response().setStatusCode(304).end();
        } else {
            rc.response().putHeader(HttpHeaders.CONTENT_TYPE, TYPE).end(body);
        }
    }

    /** The feed's state, read in one statement. */
    record Feed(long version, Instant loadedAt, List<Entry> entries) {
    }

    /** A meeting, with the versions that added it and last changed it and their load times. */
    record Entry(String key, String titleAr, String titleEn, String summaryAr, String summaryEn, int addedIn,
            int changedIn, Instant published, Instant updated, String kind) {
    }

    private Feed read() throws SQLException {
        try (Connection connection = reads.dataSource().getConnection();
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(READ)) {
            long version = 0;
            Instant loadedAt = null;
            List<Entry> entries = new ArrayList<>();
            while (rows.next()) {
                version = rows.getLong(1);
                loadedAt = instant(rows, 2);
                if (rows.getString(3) != null) {
                    entries.add(new Entry(rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getString(7), rows.getInt(8), rows.getInt(9), instant(rows, 10), instant(rows, 11),
                            rows.getString(12)));
                }
            }
            return new Feed(version, loadedAt, entries);
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    /** The scheme, host and port the request came to, for absolute links. */
    private static String base(String requestUri) {
        URI uri = URI.create(requestUri);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    static String render(String base, Feed feed) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <id>").append(urn("feed:meetings")).append("</id>\n")
                .append("  <title>majlis: new and changed meetings</title>\n")
                .append("  <subtitle>Migration-policy meetings in Libya, as each load of the curated record added or"
                        + " changed them; dataset version ").append(feed.version()).append(".</subtitle>\n")
                // no load yet (a database filled by other means): nothing has changed since the epoch
                .append("  <updated>").append(feed.loadedAt() == null ? Instant.EPOCH : feed.loadedAt())
                .append("</updated>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(escape(base + PATH))
                .append("\"/>\n")
                .append("  <author><name>majlis contributors</name></author>\n")
                .append("  <rights>Annotations: ").append(Licence.DATA.name()).append(" (").append(Licence.DATA.spdxId())
                .append("). Source texts remain their publishers'.</rights>\n")
                .append("  <generator>majlis</generator>\n");
        for (Entry e : feed.entries()) {
            String id = GlobalId.of("Meeting", e.key());
            String title = e.titleEn() == null ? e.titleAr() : e.titleEn() + " — " + e.titleAr();
            String summary = e.summaryEn() != null ? e.summaryEn() : e.summaryAr();
            xml.append("  <entry>\n")
                    .append("    <id>").append(urn("meeting:" + e.key())).append("</id>\n")
                    .append("    <title>").append(escape(title)).append("</title>\n")
                    .append("    <published>").append(e.published()).append("</published>\n")
                    .append("    <updated>").append(e.updated()).append("</updated>\n")
                    .append("    <link rel=\"alternate\" type=\"application/json\" href=\"")
                    .append(escape(recordUrl(base, id))).append("\"/>\n")
                    .append("    <category term=\"").append(e.kind()).append("\" label=\"").append(e.kind())
                    .append(" in dataset version ").append(e.changedIn()).append("\"/>\n");
            if (summary != null) {
                xml.append("    <summary>").append(escape(summary)).append("</summary>\n");
            }
            xml.append("    <content type=\"text\">").append(escape("Meeting " + e.key() + ", id " + id
                    + ": added in dataset version " + e.addedIn() + ", last changed in version " + e.changedIn()
                    + ".")).append("</content>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    /** A GraphQL GET request for the meeting. */
    static String recordUrl(String base, String id) {
        return base + "/graphql?query=" + URLEncoder.encode(RECORD_QUERY, StandardCharsets.UTF_8) + "&variables="
                + URLEncoder.encode("{\"id\":\"" + id + "\"}", StandardCharsets.UTF_8);
    }

    /** A name-based UUID URN (RFC 4122): the same name gives the same id on every instance and after every load. */
    static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("majlis:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
