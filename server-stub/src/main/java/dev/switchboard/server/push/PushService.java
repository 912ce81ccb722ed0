package dev.switchboard.server.push;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.visitors.VisitorMessageHandler;
import dev.switchboard.server.visitors.VisitorPeer;
import dev.switchboard.server.visitors.VisitorTracker;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.push.NewPush;
import dev.switchboard.shared.push.Push;
import dev.switchboard.shared.push.PushAudience;
import dev.switchboard.shared.push.PushPreview;
import dev.switchboard.shared.push.PushRules;
import dev.switchboard.shared.push.PushSettings;
import dev.switchboard.shared.push.PushWidgetMessages;
import dev.switchboard.shared.push.Segment;
import dev.switchboard.shared.push.SegmentConditions;
import dev.switchboard.shared.visitors.VisitorStatus;
import dev.switchboard.shared.visitors.VisitorSummary;
import dev.switchboard.shared.ws.Envelope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages and window ads pushed to the visitors online now who match a segment, within the caps;
 * and what the visitors did with them, reported by their widgets.
 *
 * <p>State (ADR 8): none in memory. Pushes, deliveries and caps are rows; a send locks the caps'
 * row so that sends on any node count each other's deliveries; the push goes to the visitors'
 * pages through {@link VisitorTracker#sendToVisitor}, the delivery seam, and later pages ask for the
 * pushes still pending for them (read from the deliveries, so any node answers). The visitors it reaches
 * are those in this node's live list, which is every visitor while there is one node (with
 * several, the list's replica, once built, ADR 8).
 */
public final class PushService implements VisitorMessageHandler {

    /** The sent pushes listed, newest first. */
    static final int RECENT = 50;
    private static final Logger LOG = LoggerFactory.getLogger(PushService.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final VisitorTracker tracker;
    private final SegmentService segments;
    private final PushStore store = new PushStore();

    public PushService(Jdbi jdbi, Clock clock, VisitorTracker tracker, SegmentService segments) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.tracker = tracker;
        this.segments = segments;
    }

    /** The audience resolved: its conditions, and the saved segment it came from (null for conditions given inline). */
    private record Audience(SegmentConditions conditions, Segment segment) {
    }

    public PushPreview preview(Principal caller, PushAudience request) {
        caller.require(Role.SUPERVISOR);
        Audience audience = resolve(request.segmentId(), request.conditions());
        List<String> matching = matching(audience.conditions());
        Instant since = clock.instant().minus(PushStore.DAY);
        int reachable = jdbi.withHandle(handle -> reachable(store.settings(handle), store.sentSince(handle, since),
                store.sentToEachSince(handle, matching, since), matching).size());
        return new PushPreview(matching.size(), reachable);
    }

    /** Sends the push now to every matching visitor the caps allow; answers it with its counts. */
    public Push send(Principal caller, NewPush request) {
        caller.require(Role.SUPERVISOR);
        List<FieldError> errors = PushRules.check(request);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the push is not valid", errors);
        }
        Audience audience = resolve(request.segmentId(), request.conditions());
        Instant now = clock.instant();
        List<String> reached = new ArrayList<>();
        long id = jdbi.inTransaction(handle -> {
            // who matches is read after the lock: a send waiting for another counts the other's deliveries
            PushSettings caps = store.lockSettings(handle);
            List<String> matching = matching(audience.conditions());
            Instant since = now.minus(PushStore.DAY);
            reached.addAll(reachable(caps, store.sentSince(handle, since), store.sentToEachSince(handle, matching, since), matching));
            long pushId = store.insertPush(handle, request, audience.segment() == null ? null : audience.segment().id(),
                    audience.segment() == null ? null : audience.segment().name(), SegmentService.json(audience.conditions()), caller.agentId(), now);
            for (String visitor : reached) {
                store.insertDelivery(handle, pushId, visitor, now);
            }
            store.setSkipped(handle, pushId, matching.size() - reached.size());
            return pushId;
        });
        // stored before it is told (ADR 4): a page that reports it finds its row; pages opened later ask for it (push.pending)
        Envelope envelope = widgetPush(new PushWidgetMessages.WidgetPush(id, request.kind(),
                blankToNull(request.title()), request.text().strip(), blankToNull(request.imageUrl()), blankToNull(request.linkUrl())));
        reached.forEach(visitor -> tracker.sendToVisitor(visitor, envelope));
        Push push = get(caller, id);
        LOG.info("push sent: id={} kind={} by={} sent={} skipped={}", id, request.kind(), caller.login(), push.counts().sent(),
                push.counts().skipped());
        return push;
    }

    public List<Push> recent(Principal caller) {
        caller.require(Role.SUPERVISOR);
        return jdbi.withHandle(handle -> store.recent(handle, RECENT));
    }

    public Push get(Principal caller, long id) {
        caller.require(Role.SUPERVISOR);
        return jdbi.withHandle(handle -> store.find(handle, id)).orElseThrow(() -> ApiException.notFound("push " + id));
    }

    public PushSettings settings(Principal caller) {
        caller.require(Role.SUPERVISOR);
        return jdbi.withHandle(store::settings);
    }

    public PushSettings changeSettings(Principal caller, PushSettings settings) {
        caller.require(Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        if (settings.perVisitorPerDay() < 0 || settings.perVisitorPerDay() > 100) {
            errors.add(new FieldError("perVisitorPerDay", "0 to 100"));
        }
        if (settings.perDay() < 0 || settings.perDay() > 1_000_000) {
            errors.add(new FieldError("perDay", "0 to 1000000"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the caps are not valid", errors);
        }
        jdbi.useTransaction(handle -> store.saveSettings(handle, settings));
        LOG.info("push caps changed: {} by={}", settings, caller.login());
        return settings(caller);
    }

    // --- the widget's reports ---

    @Override
    public Set<String> types() {
        return Set.of(PushWidgetMessages.PENDING, PushWidgetMessages.SHOWN, PushWidgetMessages.CLICKED, PushWidgetMessages.DISMISSED);
    }

    @Override
    public void handle(VisitorPeer page, Envelope message) {
        if (PushWidgetMessages.PENDING.equals(message.type())) {
            pending(page);
            return;
        }
        if (message.payload() == null || !message.payload().path("pushId").canConvertToLong()) {
            throw ApiException.invalid("which push?", List.of(new FieldError("pushId", "the id of a push this visitor got")));
        }
        long pushId = message.payload().path("pushId").asLong();
        String column = switch (message.type()) {
            case PushWidgetMessages.SHOWN -> "shown_at";
            case PushWidgetMessages.CLICKED -> "clicked_at";
            default -> "dismissed_at";
        };
        boolean recorded = jdbi.withHandle(handle -> store.record(handle, pushId, page.visitorId(), column, clock.instant()));
        if (!recorded) {
            throw new ApiException(ProblemType.NOT_FOUND, "no push " + pushId + " for this visitor");
        }
    }

    /**
     * Sends the page the pushes still pending for its visitor (ADR 0016): sent within their lifetime,
     * neither closed nor acted on, and for a message not shown yet. A visitor in a chat gets none
     * now; they stay pending for after it.
     */
    private void pending(VisitorPeer page) {
        boolean chatting = tracker.summary(page.visitorId()).map(visitor -> visitor.status() == VisitorStatus.CHATTING).orElse(false);
        if (chatting) {
            return;
        }
        Instant since = clock.instant().minus(PushStore.LIFETIME);
        jdbi.withHandle(handle -> store.pending(handle, page.visitorId(), since)).forEach(push -> page.send(widgetPush(push)));
    }

    private static Envelope widgetPush(PushWidgetMessages.WidgetPush push) {
        return Envelope.outgoing(PushWidgetMessages.PUSH, null, null, push);
    }

    // --- who ---

    private Audience resolve(Long segmentId, SegmentConditions conditions) {
        if (segmentId != null) {
            Segment segment = segments.find(segmentId).orElseThrow(() -> ApiException.invalid("unknown segment",
                    List.of(new FieldError("segmentId", "an existing segment"))));
            return new Audience(segment.conditions(), segment);
        }
        if (conditions == null || conditions.site() == null || conditions.site().isBlank()) {
            throw ApiException.invalid("no audience", List.of(new FieldError("segmentId", "a segment, or conditions with a site")));
        }
        return new Audience(segments.checkedConditions(conditions, "conditions."), null);
    }

    /** The ids of the visitors with a page open now who match. */
    private List<String> matching(SegmentConditions conditions) {
        List<String> ids = new ArrayList<>();
        for (VisitorSummary visitor : tracker.all()) {
            if (SegmentMatcher.matches(conditions, visitor) && tracker.isOnline(visitor.id())) {
                ids.add(visitor.id());
            }
        }
        return ids;
    }

    /** Those of {@code matching} the caps let a push reach, in order, counting what this push would add. */
    static List<String> reachable(PushSettings caps, int sentToday, Map<String, Integer> sentToEach, List<String> matching) {
        List<String> reached = new ArrayList<>();
        int total = sentToday;
        for (String visitor : matching) {
            if (total >= caps.perDay()) {
                break;
            }
            if (sentToEach.getOrDefault(visitor, 0) < caps.perVisitorPerDay()) {
                reached.add(visitor);
                total++;
            }
        }
        return reached;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
