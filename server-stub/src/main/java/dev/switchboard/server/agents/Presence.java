package dev.switchboard.server.agents;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.sync.EntityTypes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is online. An agent shows the status they picked (with an away reason, if they gave one) only
 * while at least one workstation of theirs is connected, and OFFLINE otherwise; a supervisor may
 * set an agent's status for them (audited). Every change of what everyone sees starts a new status
 * interval ({@link StatusIntervals}), in the same transaction, for reports. Methods are
 * synchronized so that a quick disconnect-reconnect cannot end with the wrong status; the change
 * log's lock is always taken after this one, never before. The connection counts are per node
 * (ADR 0008: per connection; presence per node is the later issue's).
 */
public final class Presence {

    private static final Logger LOG = LoggerFactory.getLogger(Presence.class);
    private static final int MAX_NOTE = 500;

    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final AgentStore agents = new AgentStore();
    private final StatusIntervals intervals = new StatusIntervals();
    private final Map<Long, Integer> connections = new HashMap<>();

    public Presence(ChangeLog changeLog, AuditLog audit) {
        this.changeLog = changeLog;
        this.audit = audit;
    }

    /** After a restart nobody is connected: everyone still shown as present becomes OFFLINE. */
    public synchronized void resetAll() {
        changeLog.write(tx -> {
            for (long id : agents.idsNotOffline(tx.handle())) {
                AgentStore.StatusRow current = agents.statusOf(tx.handle(), id);
                applyStatus(tx, id, current.chosenStatus(), current.statusReasonId(), AgentStatus.OFFLINE);
            }
            return null;
        });
    }

    /** A workstation of the agent connected; answers the agent as everyone now sees them. */
    public synchronized Agent connected(Principal principal) {
        int count = connections.merge(principal.agentId(), 1, Integer::sum);
        return changeLog.write(tx -> {
            AgentStore.StatusRow chosen = agents.statusOf(tx.handle(), principal.agentId());
            if (count == 1) {
                LOG.info("presence: login={} online as {}", principal.login(), chosen.chosenStatus());
            }
            applyStatus(tx, principal.agentId(), chosen.chosenStatus(), chosen.statusReasonId(), chosen.chosenStatus());
            return agents.find(tx.handle(), principal.agentId()).orElseThrow();
        });
    }

    public synchronized void disconnected(Principal principal) {
        Integer left = connections.computeIfPresent(principal.agentId(), (id, count) -> count > 1 ? count - 1 : null);
        if (left == null) {
            LOG.info("presence: login={} offline", principal.login());
            changeLog.write(tx -> {
                AgentStore.StatusRow chosen = agents.statusOf(tx.handle(), principal.agentId());
                applyStatus(tx, principal.agentId(), chosen.chosenStatus(), chosen.statusReasonId(), AgentStatus.OFFLINE);
                return null;
            });
        }
    }

    /** The agent picks a status in the workstation, AWAY with one of the reasons offered if they like. */
    public synchronized void choose(Principal caller, StatusChange change) {
        caller.require(Role.AGENT);
        AgentStatus status = requireSelectable(change);
        AgentStatus visible = connections.containsKey(caller.agentId()) ? status : AgentStatus.OFFLINE;
        changeLog.write(tx -> {
            applyStatus(tx, caller.agentId(), status, reasonFor(tx, status, change.reasonId()), visible);
            return null;
        });
        LOG.info("presence: login={} chose {} reason={}", caller.login(), status, change.reasonId());
    }

    /**
     * A supervisor sets an agent's status (say, AWAY for a meeting they called): it shows while the
     * agent is connected, and is what they have when they next connect. Audited with the note.
     */
    public synchronized Agent setFor(Principal caller, long agentId, StatusChange change) {
        caller.require(Role.SUPERVISOR);
        AgentStatus status = requireSelectable(change);
        if (change.note() != null && change.note().length() > MAX_NOTE) {
            throw ApiException.invalid("the note is too long", List.of(new FieldError("note", "at most " + MAX_NOTE + " characters")));
        }
        AgentStatus visible = connections.containsKey(agentId) ? status : AgentStatus.OFFLINE;
        Agent agent = changeLog.write(tx -> {
            agents.find(tx.handle(), agentId).filter(Agent::enabled).orElseThrow(() -> ApiException.notFound("agent " + agentId));
            Long reason = reasonFor(tx, status, change.reasonId());
            applyStatus(tx, agentId, status, reason, visible);
            audit.record(tx.handle(), caller.agentId(), "agent.status", "agent:" + agentId, "status=" + status
                    + (reason == null ? "" : "; reason=" + reason) + (change.note() == null || change.note().isBlank() ? "" : "; note=" + change.note().strip()));
            return agents.find(tx.handle(), agentId).orElseThrow();
        });
        LOG.info("presence: login={} set agent={} to {}", caller.login(), agentId, status);
        return agent;
    }

    private static AgentStatus requireSelectable(StatusChange change) {
        if (change == null || change.status() == null || !change.status().isSelectable()) {
            throw new ApiException(ProblemType.VALIDATION, "status must be ONLINE, BUSY or AWAY");
        }
        return change.status();
    }

    /** A reason explains AWAY only; with another status it is dropped. */
    private static Long reasonFor(ChangeLog.Tx tx, AgentStatus status, Long reasonId) {
        return status == AgentStatus.AWAY ? AwayReasons.requireOffered(tx.handle(), reasonId) : null;
    }

    private void applyStatus(ChangeLog.Tx tx, long agentId, AgentStatus chosen, Long reasonId, AgentStatus visible) {
        AgentStore.StatusRow before = agents.statusOf(tx.handle(), agentId);
        if (before.chosenStatus() == chosen && Objects.equals(before.statusReasonId(), reasonId) && before.status() == visible) {
            return;
        }
        agents.updateStatus(tx.handle(), agentId, chosen, reasonId, visible);
        Long shownReason = visible == AgentStatus.AWAY ? reasonId : null;
        Long shownBefore = before.status() == AgentStatus.AWAY ? before.statusReasonId() : null;
        if (before.status() != visible || !Objects.equals(shownBefore, shownReason)) {
            intervals.switchTo(tx.handle(), agentId, visible, shownReason, tx.now());
        }
        Agent agent = agents.find(tx.handle(), agentId).orElseThrow();
        tx.record(EntityTypes.AGENT, Long.toString(agentId), ChangeOp.UPSERT, agent);
    }
}
