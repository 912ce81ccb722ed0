package dev.switchboard.server.visitors;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.Device;
import dev.switchboard.shared.visitors.PastVisit;
import dev.switchboard.shared.visitors.Source;
import dev.switchboard.shared.visitors.TrailEntry;
import dev.switchboard.shared.visitors.Utm;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for visitors, visits and page views. Callers own the transaction. */
final class VisitorStore {

    /** A visitor's identity row. */
    public record StoredVisitor(String id, String site, String tokenHash, Instant lastSeenAt, int visitCount, String customerLevel) {
    }

    /** A row of {@code visit} as stored, flat: the source, its UTM tags and the device are columns of it. */
    public record VisitRow(long id, String visitorId, Instant startedAt, Instant lastSeenAt, String landingUrl, Channel channel, String engine,
                           String keyword, String referrerHost, String referrer, String utmSource, String utmMedium, String utmCampaign,
                           String utmTerm, String utmContent, String deviceType, String os, String browser, String language, String screen,
                           String ip, String region, int pagesViewed) {

        VisitRecord toVisit() {
            Utm utm = new Utm(utmSource, utmMedium, utmCampaign, utmTerm, utmContent);
            Source source = new Source(channel, engine, keyword, referrerHost, referrer, utm.isEmpty() ? null : utm);
            return new VisitRecord(id, visitorId, startedAt, lastSeenAt, landingUrl, source, new Device(deviceType, os, browser), language,
                    screen, ip, region, pagesViewed);
        }
    }

    private static final String VISIT_COLUMNS = "id, visitor_id, started_at, last_seen_at, landing_url, channel, engine, keyword, "
            + "referrer_host, referrer, utm_source, utm_medium, utm_campaign, utm_term, utm_content, device_type, os, browser, "
            + "language, screen, ip, region, pages_viewed";
    private static final RowMapper<StoredVisitor> VISITORS = RecordMapper.of(StoredVisitor.class);
    private static final RowMapper<VisitRow> VISITS = RecordMapper.of(VisitRow.class);
    private static final RowMapper<TrailEntry> TRAIL = RecordMapper.of(TrailEntry.class);

    Optional<StoredVisitor> findVisitor(Handle handle, String id) {
        return handle.createQuery("SELECT id, site, token_hash, last_seen_at, visit_count, customer_level FROM visitor WHERE id = :id")
                .bind("id", id)
                .map(VISITORS)
                .findOne();
    }

    /** Sets (or with null clears) the visitor's customer level; false when there is no such visitor. */
    boolean updateCustomerLevel(Handle handle, String id, String level) {
        return handle.createUpdate("UPDATE visitor SET customer_level = :level WHERE id = :id").bind("level", level).bind("id", id).execute() > 0;
    }

    void insertVisitor(Handle handle, String id, String site, String tokenHash, Instant now) {
        handle.createUpdate("""
                        INSERT INTO visitor (id, site, token_hash, first_seen_at, last_seen_at, visit_count)
                        VALUES (:id, :site, :hash, :now, :now, 0)""")
                .bind("id", id).bind("site", site).bind("hash", tokenHash).bind("now", now).execute();
    }

    Optional<VisitRecord> latestVisit(Handle handle, String visitorId) {
        return handle.createQuery("SELECT " + VISIT_COLUMNS + " FROM visit WHERE visitor_id = :visitor ORDER BY started_at DESC, id DESC LIMIT 1")
                .bind("visitor", visitorId)
                .map(VISITS).map(VisitRow::toVisit)
                .findOne();
    }

    Optional<VisitRecord> findVisit(Handle handle, long visitId) {
        return handle.createQuery("SELECT " + VISIT_COLUMNS + " FROM visit WHERE id = :id").bind("id", visitId)
                .map(VISITS).map(VisitRow::toVisit).findOne();
    }

    long insertVisit(Handle handle, VisitRecord visit) {
        Source source = visit.source();
        Utm utm = source.utm() == null ? Utm.NONE : source.utm();
        long id = handle.createUpdate("""
                        INSERT INTO visit (visitor_id, started_at, last_seen_at, landing_url, channel, engine, keyword, referrer_host,
                                           referrer, utm_source, utm_medium, utm_campaign, utm_term, utm_content, device_type, os,
                                           browser, language, screen, ip, region, pages_viewed)
                        VALUES (:visitor, :started, :started, :landing, :channel, :engine, :keyword, :referrerHost, :referrer,
                                :utmSource, :utmMedium, :utmCampaign, :utmTerm, :utmContent, :deviceType, :os, :browser, :language,
                                :screen, :ip, :region, 0)""")
                .bind("visitor", visit.visitorId()).bind("started", visit.startedAt()).bind("landing", visit.landingUrl())
                .bind("channel", source.channel().name()).bind("engine", source.engine()).bind("keyword", source.keyword())
                .bind("referrerHost", source.referrerHost()).bind("referrer", source.referrer())
                .bind("utmSource", utm.source()).bind("utmMedium", utm.medium()).bind("utmCampaign", utm.campaign())
                .bind("utmTerm", utm.term()).bind("utmContent", utm.content())
                .bind("deviceType", visit.device().type()).bind("os", visit.device().os()).bind("browser", visit.device().browser())
                .bind("language", visit.language()).bind("screen", visit.screen()).bind("ip", visit.ip()).bind("region", visit.region())
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
        handle.createUpdate("UPDATE visitor SET visit_count = visit_count + 1, last_seen_at = :now WHERE id = :id")
                .bind("now", visit.startedAt()).bind("id", visit.visitorId()).execute();
        return id;
    }

    long insertPageView(Handle handle, long visitId, String visitorId, String url, String title, String referrer, Instant now) {
        long id = handle.createUpdate("INSERT INTO page_view (visit_id, url, title, referrer, viewed_at) VALUES (:visit, :url, :title, :referrer, :now)")
                .bind("visit", visitId).bind("url", url).bind("title", title).bind("referrer", referrer).bind("now", now)
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
        handle.createUpdate("UPDATE visit SET pages_viewed = pages_viewed + 1, last_seen_at = :now WHERE id = :id")
                .bind("now", now).bind("id", visitId).execute();
        touchVisitor(handle, visitorId, now);
        return id;
    }

    void touchVisitor(Handle handle, String visitorId, Instant now) {
        handle.createUpdate("UPDATE visitor SET last_seen_at = :now WHERE id = :id").bind("now", now).bind("id", visitorId).execute();
    }

    void touchVisit(Handle handle, long visitId, String visitorId, Instant now) {
        handle.createUpdate("UPDATE visit SET last_seen_at = :now WHERE id = :id").bind("now", now).bind("id", visitId).execute();
        touchVisitor(handle, visitorId, now);
    }

    void closePageView(Handle handle, long pageViewId, long seconds) {
        handle.createUpdate("UPDATE page_view SET seconds = :seconds WHERE id = :id AND seconds IS NULL")
                .bind("seconds", seconds).bind("id", pageViewId).execute();
    }

    List<TrailEntry> trail(Handle handle, long visitId) {
        return handle.createQuery("SELECT url, title, viewed_at AS at, seconds FROM page_view WHERE visit_id = :visit ORDER BY viewed_at, id")
                .bind("visit", visitId)
                .map(TRAIL)
                .list();
    }

    List<PastVisit> pastVisits(Handle handle, String visitorId, long exceptVisitId, int limit) {
        List<VisitRecord> visits = handle.createQuery("SELECT " + VISIT_COLUMNS
                        + " FROM visit WHERE visitor_id = :visitor AND id <> :except ORDER BY started_at DESC, id DESC LIMIT :limit")
                .bind("visitor", visitorId).bind("except", exceptVisitId).bind("limit", limit)
                .map(VISITS).map(VisitRow::toVisit).list();
        return visits.stream()
                .map(v -> new PastVisit(v.id(), v.startedAt(), v.lastSeenAt(), v.source(), v.landingUrl(), v.pagesViewed(), trail(handle, v.id())))
                .toList();
    }

    Optional<String> lastIp(Handle handle, String visitorId) {
        return latestVisit(handle, visitorId).map(VisitRecord::ip);
    }
}
