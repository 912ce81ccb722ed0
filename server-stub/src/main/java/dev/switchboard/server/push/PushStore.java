package dev.switchboard.server.push;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.push.NewPush;
import dev.switchboard.shared.push.Push;
import dev.switchboard.shared.push.PushCounts;
import dev.switchboard.shared.push.PushKind;
import dev.switchboard.shared.push.PushSettings;
import dev.switchboard.shared.push.PushWidgetMessages;
import dev.switchboard.shared.push.SegmentConditions;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.json.Json;

/** SQL for {@code push_message}, {@code push_delivery} and {@code push_settings}. */
final class PushStore {

    /** A chat the visitor starts this long after a push was sent to them counts as brought by it. */
    static final Duration CHAT_WINDOW = Duration.ofMinutes(30);
    /** A push not closed or acted on is shown on the visitor's pages for this long after it was sent (ADR 0016). */
    static final Duration LIFETIME = Duration.ofMinutes(30);
    /** The caps count the last 24 hours, whatever the time zone of the call center. */
    static final Duration DAY = Duration.ofHours(24);

    /** A row of {@code push_message} with its counts and its author's name. */
    public record PushRow(long id, PushKind kind, Long segmentId, String segmentName, @Json SegmentConditions conditions, String title,
                          String body, String imageUrl, String linkUrl, long createdBy, String createdByName, Instant createdAt,
                          int skipped, int sent, int shown, int clicked, int dismissed, int chats) {
        Push toPush() {
            return new Push(id, kind, segmentId, segmentName, conditions, title, body, imageUrl, linkUrl, createdBy, createdByName, createdAt,
                    new PushCounts(sent, skipped, shown, clicked, dismissed, chats));
        }
    }

    private static final RowMapper<PushRow> PUSHES = RecordMapper.of(PushRow.class);
    private static final RowMapper<PushSettings> SETTINGS = RecordMapper.of(PushSettings.class);
    private static final RowMapper<PushWidgetMessages.WidgetPush> PENDING = RecordMapper.of(PushWidgetMessages.WidgetPush.class);

    /** The counts come from the deliveries, so every node reads the same numbers. */
    private static final String SELECT = """
            SELECT p.id, p.kind, p.segment_id, p.segment_name, p.conditions, p.title, p.body, p.image_url, p.link_url,
                   p.created_by, a.display_name AS created_by_name, p.created_at, p.skipped,
                   (SELECT COUNT(*) FROM push_delivery d WHERE d.push_id = p.id) AS sent,
                   (SELECT COUNT(*) FROM push_delivery d WHERE d.push_id = p.id AND d.shown_at IS NOT NULL) AS shown,
                   (SELECT COUNT(*) FROM push_delivery d WHERE d.push_id = p.id AND d.clicked_at IS NOT NULL) AS clicked,
                   (SELECT COUNT(*) FROM push_delivery d WHERE d.push_id = p.id AND d.dismissed_at IS NOT NULL) AS dismissed,
                   (SELECT COUNT(*) FROM push_delivery d WHERE d.push_id = p.id AND d.shown_at IS NOT NULL AND EXISTS (
                        SELECT 1 FROM conversation c WHERE c.visitor_id = d.visitor_id
                        AND c.created_at >= d.sent_at AND c.created_at < d.chat_until)) AS chats
            FROM push_message p JOIN agent a ON a.id = p.created_by""";

    /** Locks the caps' row until the transaction ends: sends take turns, on every node. */
    PushSettings lockSettings(Handle handle) {
        return handle.createQuery("SELECT per_visitor_per_day, per_day FROM push_settings WHERE id = 1 FOR UPDATE").map(SETTINGS).one();
    }

    PushSettings settings(Handle handle) {
        return handle.createQuery("SELECT per_visitor_per_day, per_day FROM push_settings WHERE id = 1").map(SETTINGS).one();
    }

    void saveSettings(Handle handle, PushSettings settings) {
        handle.createUpdate("UPDATE push_settings SET per_visitor_per_day = :visitor, per_day = :day, version = version + 1 WHERE id = 1")
                .bind("visitor", settings.perVisitorPerDay()).bind("day", settings.perDay()).execute();
    }

    /** Pushes sent since {@code since}, to anyone. */
    int sentSince(Handle handle, Instant since) {
        return handle.createQuery("SELECT COUNT(*) FROM push_delivery WHERE sent_at > :since").bind("since", since).mapTo(Integer.class).one();
    }

    /** Pushes each of {@code visitors} got since {@code since} (only those who got any). */
    Map<String, Integer> sentToEachSince(Handle handle, Collection<String> visitors, Instant since) {
        Map<String, Integer> counts = new HashMap<>();
        if (visitors.isEmpty()) {
            return counts;
        }
        handle.createQuery("SELECT visitor_id, COUNT(*) AS n FROM push_delivery WHERE sent_at > :since AND visitor_id IN (<visitors>)"
                        + " GROUP BY visitor_id")
                .bind("since", since).bindList("visitors", List.copyOf(visitors))
                .map((rs, ctx) -> Map.entry(rs.getString("visitor_id"), rs.getInt("n")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    long insertPush(Handle handle, NewPush push, Long segmentId, String segmentName, String conditionsJson, long createdBy, Instant now) {
        return handle.createUpdate("""
                        INSERT INTO push_message (kind, segment_id, segment_name, conditions, title, body, image_url, link_url, created_by,
                                                  created_at, skipped)
                        VALUES (:kind, :segment, :segmentName, :conditions, :title, :body, :image, :link, :by, :now, 0)""")
                .bind("kind", push.kind().name()).bind("segment", segmentId).bind("segmentName", segmentName).bind("conditions", conditionsJson)
                .bind("title", strip(push.title())).bind("body", push.text().strip()).bind("image", strip(push.imageUrl()))
                .bind("link", strip(push.linkUrl())).bind("by", createdBy).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void insertDelivery(Handle handle, long pushId, String visitorId, Instant now) {
        handle.createUpdate("INSERT INTO push_delivery (push_id, visitor_id, sent_at, chat_until) VALUES (:push, :visitor, :now, :until)")
                .bind("push", pushId).bind("visitor", visitorId).bind("now", now).bind("until", now.plus(CHAT_WINDOW)).execute();
    }

    void setSkipped(Handle handle, long pushId, int skipped) {
        handle.createUpdate("UPDATE push_message SET skipped = :skipped WHERE id = :id").bind("skipped", skipped).bind("id", pushId).execute();
    }

    /**
     * Marks what the visitor did ({@code column} is one of ours, never the caller's); the first report
     * counts. A click or a dismissal means it was shown. False when the visitor never got the push.
     */
    boolean record(Handle handle, long pushId, String visitorId, String column, Instant now) {
        String shownToo = column.equals("shown_at") ? "" : ", shown_at = COALESCE(shown_at, :now)";
        // a row whose value stays as it was still counts as matched, on H2 and PostgreSQL alike
        return handle.createUpdate("UPDATE push_delivery SET " + column + " = COALESCE(" + column + ", :now)" + shownToo
                        + " WHERE push_id = :push AND visitor_id = :visitor")
                .bind("now", now).bind("push", pushId).bind("visitor", visitorId).execute() > 0;
    }

    /**
     * The pushes the visitor got since {@code since} that are still pending, oldest first: a window ad
     * until it is closed or its link followed, a message until it has been shown (its line then stays
     * in the widget's chat log).
     */
    List<PushWidgetMessages.WidgetPush> pending(Handle handle, String visitorId, Instant since) {
        return handle.createQuery("""
                        SELECT p.id AS push_id, p.kind, p.title, p.body AS text, p.image_url, p.link_url
                        FROM push_delivery d JOIN push_message p ON p.id = d.push_id
                        WHERE d.visitor_id = :visitor AND d.sent_at > :since AND d.clicked_at IS NULL AND d.dismissed_at IS NULL
                          AND (p.kind = 'CARD' OR d.shown_at IS NULL)
                        ORDER BY p.id""")
                .bind("visitor", visitorId).bind("since", since).map(PENDING).list();
    }

    Optional<Push> find(Handle handle, long id) {
        return handle.createQuery(SELECT + " WHERE p.id = :id").bind("id", id).map(PUSHES).findOne().map(PushRow::toPush);
    }

    List<Push> recent(Handle handle, int limit) {
        return handle.createQuery(SELECT + " ORDER BY p.id DESC LIMIT :limit").bind("limit", limit).map(PUSHES).list()
                .stream().map(PushRow::toPush).toList();
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
