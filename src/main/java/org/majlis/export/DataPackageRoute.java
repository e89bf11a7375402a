package org.majlis.export;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The data package over HTTP: {@code GET /data/majlis-v{N}.zip} is version N's package (built on the first request
 * for the current version, then served from its file; an older version while its file is kept), with an ETag naming
 * the version and content and, for a versioned dataset, {@code Cache-Control: immutable}: a version's content never
 * changes. {@code GET /data/latest} redirects (302) to the current version's package.
 */
@ApplicationScoped
public class DataPackageRoute {
    static final String LATEST = "/data/latest";
    private static final Logger LOG = Logger.getLogger(DataPackageRoute.class);

    @Inject
    DataPackages packages;
    @ConfigProperty(name = "majlis.http.cache-max-age")
    int maxAge;

    void register(@Observes Router router) {
        router.getWithRegex("/data/majlis-v(?<version>[0-9]{1,9})\\.zip").blockingHandler(this::serveZip, false);
        router.get(LATEST).blockingHandler(this::redirectToLatest, false);
    }

    private void redirectToLatest(RoutingContext rc) {
        try {
            rc.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION,
                    "/data/majlis-v" + packages.currentVersion() + ".zip")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge).end();
        } catch (SQLException e) {
            unavailable(rc, e);
        }
    }

    private void serveZip(RoutingContext rc) {
        int version = Integer.parseInt(rc.pathParam("version"));
        Optional<DataPackages.Zip> zip;
        try {
            zip = packages.cached(version);
            if (zip.isEmpty() && version == packages.currentVersion()) {
                zip = Optional.of(packages.current()).filter(built -> built.version() == version);
            }
        } catch (SQLException e) {
            unavailable(rc, e);
            return;
        } catch (IOException e) {
            LOG.errorf(e, "The data package of version %d could not be written", version);
            rc.response().setStatusCode(500).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .end("The data package could not be written: " + e.getMessage() + "\n");
            return;
        }
        if (zip.isEmpty()) {
            rc.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .end("There is no data package of dataset version " + version + ": only the current version's can"
                            + " be built, and no copy of this one is kept. " + LATEST + " leads to the current one.\n");
            return;
        }
        DataPackages.Zip found = zip.get();
        String etag = "\"majlis-v" + found.version() + "-" + found.contentHash() + "\"";
        rc.response().putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, found.version() > 0
                // a version's content never changes; an unversioned database's may, at any time
                ? "public, max-age=31536000, immutable" : "public, max-age=" + maxAge);
        String ifNoneMatch = rc.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag)) {
            rc.response().setStatusCode(304).end();
            return;
        }
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/zip")
                .putHeader("Content-Disposition", "attachment; filename=\"" + found.name() + "\"")
                .sendFile(found.file().toString());
    }

    private static void unavailable(RoutingContext rc, SQLException e) {
        LOG.warnf("The data package could not be read: %s", e.getMessage());
        rc.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "5")
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end("The data package cannot be read now: the database does not answer. Try again shortly.\n");
    }
}
