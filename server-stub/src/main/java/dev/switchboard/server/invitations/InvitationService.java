package dev.switchboard.server.invitations;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.visitors.VisitorListener;
import dev.switchboard.server.visitors.VisitorTracker;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.visitors.Invitation;
import dev.switchboard.shared.visitors.InvitationOutcome;
import dev.switchboard.shared.visitors.InvitationRule;
import dev.switchboard.shared.visitors.NewInvitation;
import dev.switchboard.shared.visitors.VisitorStatus;
import dev.switchboard.shared.visitors.VisitorSummary;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.Envelope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invitations to chat: sent by an agent, or by a rule when a visitor matches it and the rule's
 * group has a free agent. Every step (sent, shown, accepted, declined, expired) is recorded.
 */
public final class InvitationService implements VisitorListener {

    /** An invitation nobody answered is closed after this long, so the visitor can be invited again. */
    static final Duration EXPIRY = Duration.ofMinutes(10);
    /** How long after it was sent an invitation can start a chat (it was accepted, or the visitor writes under a forced one). */
    static final Duration STARTS_CHAT_WITHIN = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(InvitationService.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final VisitorTracker tracker;
    private final InvitationRuleService rules;
    private final AgentDirectory agents;
    private final InvitationStore store = new InvitationStore();
    /** When each visitor last got an automatic invitation; loaded from the database on first need. */
    private final Map<String, Optional<Instant>> lastAuto = new ConcurrentHashMap<>();
    /**
     * One visitor's rules are evaluated by one thread at a time: the timer, a page view and a test
     * may evaluate together, and both would see "not invited yet" and invite twice. Striped, so
     * evaluations of different visitors rarely wait on each other and no lock per visitor is kept.
     */
    private final Object[] evaluationLocks = new Object[64];

    public InvitationService(Jdbi jdbi, Clock clock, VisitorTracker tracker, InvitationRuleService rules, AgentDirectory agents) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.tracker = tracker;
        this.rules = rules;
        this.agents = agents;
        Arrays.setAll(evaluationLocks, i -> new Object());
    }

    /** Without a {@code message} the visitor gets the standard greeting in their own language ({@link InvitationTexts}). */
    public Invitation invite(Principal caller, String visitorId, NewInvitation request) {
        caller.require(Role.AGENT);
        if (request.message() != null && (request.message().isBlank() || request.message().length() > 500)) {
            throw ApiException.invalid("the invitation is not valid", List.of(new FieldError("message", "1 to 500 characters, or none")));
        }
        VisitorSummary visitor = tracker.summary(visitorId).orElseThrow(() -> ApiException.notFound("online visitor " + visitorId));
        refuseUnlessInvitable(visitor);
        Agent agent = agents.findAgent(caller.agentId()).orElseThrow();
        String message = request.message() == null ? InvitationTexts.defaultMessage(visitor.language()) : request.message().strip();
        Invitation invitation = send(visitor, message, agent.id(), agent.displayName(), null, Boolean.TRUE.equals(request.forced()));
        LOG.info("invitation sent: id={} visitor={} by={} forced={}", invitation.id(), visitorId, caller.login(), invitation.forced());
        return invitation;
    }

    public Invitation get(Principal caller, long id) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(handle -> store.find(handle, id)).orElseThrow(() -> ApiException.notFound("invitation " + id));
    }

    private void refuseUnlessInvitable(VisitorSummary visitor) {
        if (visitor.blocked()) {
            throw new ApiException(ProblemType.CONFLICT, "the visitor is blocked");
        }
        if (!tracker.isOnline(visitor.id())) {
            throw new ApiException(ProblemType.CONFLICT, "the visitor has left");
        }
        if (visitor.status() == VisitorStatus.CHATTING) {
            throw new ApiException(ProblemType.CONFLICT, "the visitor is already chatting");
        }
        if (tracker.pendingInvitation(visitor.id()).isPresent()) {
            throw new ApiException(ProblemType.CONFLICT, "the visitor already has an open invitation");
        }
    }

    @Override
    public void pageViewed(VisitorSummary visitor) {
        evaluate(visitor, rules.enabled(), new HashMap<>());
    }

    /** Runs the rules over every online visitor: time-on-page conditions become true without any event. */
    public void evaluateRules() {
        List<InvitationRule> enabled = rules.enabled();
        if (!enabled.isEmpty()) {
            Map<Long, Boolean> capacity = new HashMap<>();
            for (VisitorSummary visitor : tracker.all()) {
                if (visitor.status() == VisitorStatus.BROWSING) {
                    evaluate(visitor, enabled, capacity);
                }
            }
        }
        expireStale();
    }

    private void evaluate(VisitorSummary visitor, List<InvitationRule> enabled, Map<Long, Boolean> capacity) {
        if (visitor.status() != VisitorStatus.BROWSING || enabled.isEmpty() || !tracker.isOnline(visitor.id())) {
            return;
        }
        synchronized (evaluationLocks[Math.floorMod(visitor.id().hashCode(), evaluationLocks.length)]) {
            evaluateAlone(visitor, enabled, capacity);
        }
    }

    private void evaluateAlone(VisitorSummary visitor, List<InvitationRule> enabled, Map<Long, Boolean> capacity) {
        Instant now = clock.instant();
        Instant last = lastAuto.computeIfAbsent(visitor.id(), id -> jdbi.withHandle(handle -> store.lastAutomatic(handle, id))).orElse(null);
        for (InvitationRule rule : enabled) {
            if (RuleMatcher.matches(rule, visitor, now, last)
                    && capacity.computeIfAbsent(rule.groupId(), agents::hasFreeAgent)
                    && tracker.pendingInvitation(visitor.id()).isEmpty()) {
                String from = agents.groupName(rule.groupId()).orElse(null);
                Invitation invitation = send(visitor, rule.message(), null, from, rule.id(), rule.forced());
                lastAuto.put(visitor.id(), Optional.of(now));
                LOG.info("automatic invitation sent: id={} visitor={} rule={}", invitation.id(), visitor.id(), rule.id());
                return;
            }
        }
    }

    private Invitation send(VisitorSummary visitor, String message, Long agentId, String agentName, Long ruleId, boolean forced) {
        long visitId = tracker.currentVisitId(visitor.id()).orElseThrow(() -> new ApiException(ProblemType.CONFLICT, "the visitor has left"));
        Instant now = clock.instant();
        long id = jdbi.withHandle(handle -> store.insert(handle, visitor.id(), visitId, message, agentId, ruleId, forced, now));
        tracker.invited(visitor.id(), id);
        tracker.sendToVisitor(visitor.id(), Envelope.outgoing(WidgetMessages.INVITATION, null, null,
                new WidgetMessages.WidgetInvitation(id, message, agentName, forced)));
        return new Invitation(id, visitor.id(), message, agentId, agentName, ruleId, forced, InvitationOutcome.SENT, now);
    }

    /**
     * The invitation {@code visitorId} starts a chat from: theirs, neither declined nor expired, sent
     * within {@link #STARTS_CHAT_WITHIN}. Starting the chat is the visitor's yes, recorded now if
     * the widget's {@code invitation.accepted} has not come (a forced invitation the visitor answers).
     */
    public Optional<Invitation> acceptedBy(String visitorId, long invitationId) {
        Instant now = clock.instant();
        Optional<Invitation> found = jdbi.withHandle(handle -> store.find(handle, invitationId))
                .filter(invitation -> invitation.visitorId().equals(visitorId)
                        && invitation.createdAt().isAfter(now.minus(STARTS_CHAT_WITHIN))
                        && (invitation.outcome() == InvitationOutcome.SENT || invitation.outcome() == InvitationOutcome.SHOWN
                            || invitation.outcome() == InvitationOutcome.ACCEPTED));
        found.filter(invitation -> invitation.outcome() != InvitationOutcome.ACCEPTED).ifPresent(invitation -> {
            jdbi.useHandle(handle -> store.recordOutcome(handle, invitationId, visitorId, InvitationOutcome.ACCEPTED, now));
            tracker.invitationClosed(visitorId, invitationId);
        });
        return found;
    }

    @Override
    public void invitationEvent(String visitorId, String type, long invitationId) {
        InvitationOutcome outcome = switch (type) {
            case WidgetMessages.INVITATION_SHOWN -> InvitationOutcome.SHOWN;
            case WidgetMessages.INVITATION_ACCEPTED -> InvitationOutcome.ACCEPTED;
            default -> InvitationOutcome.DECLINED;
        };
        boolean recorded = jdbi.withHandle(handle -> store.recordOutcome(handle, invitationId, visitorId, outcome, clock.instant()));
        if (!recorded) {
            throw new ApiException(ProblemType.NOT_FOUND, "no open invitation " + invitationId + " for this visitor");
        }
        if (outcome != InvitationOutcome.SHOWN) {
            tracker.invitationClosed(visitorId, invitationId);
        }
        LOG.info("invitation {}: id={} visitor={}", outcome.name().toLowerCase(java.util.Locale.ROOT), invitationId, visitorId);
    }

    private void expireStale() {
        Instant cutoff = clock.instant().minus(EXPIRY);
        List<InvitationStore.Open> expired = jdbi.withHandle(handle -> store.expireBefore(handle, cutoff));
        expired.forEach(open -> tracker.invitationClosed(open.visitorId(), open.id()));
    }

    /** Drops the remembered times of visitors who are gone, so the map does not grow forever. */
    public void forgetOffline() {
        lastAuto.keySet().removeIf(id -> tracker.summary(id).isEmpty());
    }
}
