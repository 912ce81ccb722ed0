package dev.switchboard.server.visitors;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.visitors.CustomerLevelChange;
import dev.switchboard.shared.visitors.CustomerLevels;
import dev.switchboard.shared.visitors.VisitorDetail;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;

/** What agents read about visitors: the live list and one visitor's trail and history. */
public final class VisitorService {

    private static final int PAST_VISITS = 10;

    private final Jdbi jdbi;
    private final VisitorTracker tracker;
    private final VisitorRecorder recorder;
    private final AuditLog audit;
    private final VisitorStore store = new VisitorStore();
    private final List<VisitorListener> listeners = new CopyOnWriteArrayList<>();

    VisitorService(Jdbi jdbi, VisitorTracker tracker, VisitorRecorder recorder, AuditLog audit) {
        this.jdbi = jdbi;
        this.tracker = tracker;
        this.recorder = recorder;
        this.audit = audit;
    }

    void addListener(VisitorListener listener) {
        listeners.add(listener);
    }

    public List<VisitorSummary> online(Principal caller) {
        caller.require(Role.AGENT);
        return tracker.all().stream().sorted(Comparator.comparing(VisitorSummary::visitStartedAt).reversed()).toList();
    }

    public VisitorDetail detail(Principal caller, String visitorId) {
        caller.require(Role.AGENT);
        Optional<VisitorSummary> live = tracker.summary(visitorId);
        return jdbi.withHandle(handle -> {
            VisitRecord visit = store.latestVisit(handle, visitorId).orElseThrow(() -> ApiException.notFound("visitor " + visitorId));
            VisitorSummary summary = live.orElseGet(() -> offlineSummary(handle, visitorId, visit));
            String address = lastPageAddress(visitorId).orElse(visit.ip());
            return new VisitorDetail(summary, address, store.trail(handle, visit.id()), store.pastVisits(handle, visitorId, visit.id(), PAST_VISITS));
        });
    }

    /**
     * Staff set (or with null clear) a visitor's customer level. It is never taken from the
     * visitor's browser. Routing rules match it and it sets the queue priority of the visitor's
     * chats, the one waiting now included (see {@link CustomerLevels}). Answers the visitor as agents see them.
     */
    public VisitorSummary setCustomerLevel(Principal caller, String visitorId, CustomerLevelChange change) {
        caller.require(Role.AGENT);
        String level = change.level() == null ? null : change.level().strip();
        if (change.level() != null && !CustomerLevels.isValid(level)) {
            throw ApiException.invalid("the customer level is not valid", List.of(new FieldError("level",
                    "1 to " + CustomerLevels.MAX_LENGTH + " characters without control characters, or null for none")));
        }
        boolean stored = visitorId.length() <= 32 && recorder.setCustomerLevel(visitorId, level,
                handle -> audit.record(handle, caller.agentId(), "visitor.level", "visitor:" + visitorId, level == null ? "cleared" : "level=" + level));
        if (!stored) {
            throw ApiException.notFound("visitor " + visitorId);
        }
        listeners.forEach(listener -> listener.customerLevelChanged(visitorId, level));
        return detail(caller, visitorId).visitor();
    }

    /** The last known state of a visitor who is no longer in the live list. */
    private VisitorSummary offlineSummary(org.jdbi.v3.core.Handle handle, String visitorId, VisitRecord visit) {
        VisitorStore.StoredVisitor stored = store.findVisitor(handle, visitorId).orElseThrow();
        var trail = store.trail(handle, visit.id());
        var last = trail.isEmpty() ? null : trail.get(trail.size() - 1);
        return new VisitorSummary(visitorId, stored.site(), last == null ? visit.landingUrl() : last.url(), last == null ? null : last.title(),
                visit.source(), visit.landingUrl(), visit.device(), visit.language(), visit.region(), visit.startedAt(),
                last == null ? visit.startedAt() : last.at(), visit.pagesViewed(), stored.visitCount(),
                dev.switchboard.shared.visitors.VisitorStatus.LEFT, false, 0, stored.customerLevel());
    }

    /**
     * The address a visitor last came from, for blocking by address. Agents see it in the
     * visitor's details; it is not logged and not in the visitor list every workstation receives.
     */
    public Optional<String> lastAddress(String visitorId) {
        return lastPageAddress(visitorId).or(() -> jdbi.withHandle(handle -> store.lastIp(handle, visitorId)));
    }

    /** The address of the visitor's newest open page, while they have one. */
    private Optional<String> lastPageAddress(String visitorId) {
        List<VisitorPage> pages = tracker.pagesOf(visitorId);
        return pages.isEmpty() ? Optional.empty() : Optional.ofNullable(pages.get(pages.size() - 1).ip);
    }

    /**
     * The site of the visitor whose id and token these are, for requests a widget makes outside
     * its socket (uploads, downloads); empty when they do not match.
     */
    public Optional<String> authenticate(String visitorId, String token) {
        if (visitorId == null || token == null || visitorId.length() > 32 || token.length() > 64) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> store.findVisitor(handle, visitorId))
                .filter(stored -> stored.tokenHash().equals(dev.switchboard.server.auth.Tokens.hash(token)))
                .map(VisitorStore.StoredVisitor::site);
    }

    public boolean exists(String visitorId) {
        return tracker.live(visitorId).isPresent() || jdbi.withHandle(handle -> store.findVisitor(handle, visitorId)).isPresent();
    }
}
