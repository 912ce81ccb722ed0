package dev.switchboard.server.agents;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.sync.EntityTypes;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is online. An agent shows the status they picked only while at least one workstation of
 * theirs is connected, and OFFLINE otherwise. Methods are synchronized so that a quick
 * disconnect-reconnect cannot end with the wrong status; the change log's lock is always taken
 * after this one, never before.
 */
public final class Presence {

    private static final Logger LOG = LoggerFactory.getLogger(Presence.class);

    private final ChangeLog changeLog;
    private final AgentStore agents = new AgentStore();
    private final Map<Long, Integer> connections = new HashMap<>();

    public Presence(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    /** After a restart nobody is connected: everyone still shown as present becomes OFFLINE. */
    public synchronized void resetAll() {
        changeLog.write(tx -> {
            for (long id : agents.idsNotOffline(tx.handle())) {
                applyStatus(tx, id, agents.chosenStatus(tx.handle(), id), AgentStatus.OFFLINE);
            }
            return null;
        });
    }

    /** A workstation of the agent connected; answers the agent as everyone now sees them. */
    public synchronized Agent connected(Principal principal) {
        int count = connections.merge(principal.agentId(), 1, Integer::sum);
        return changeLog.write(tx -> {
            AgentStatus chosen = agents.chosenStatus(tx.handle(), principal.agentId());
            if (count == 1) {
                LOG.info("presence: login={} online as {}", principal.login(), chosen);
            }
            applyStatus(tx, principal.agentId(), chosen, chosen);
            return agents.find(tx.handle(), principal.agentId()).orElseThrow();
        });
    }

    public synchronized void disconnected(Principal principal) {
        Integer left = connections.computeIfPresent(principal.agentId(), (id, count) -> count > 1 ? count - 1 : null);
        if (left == null) {
            LOG.info("presence: login={} offline", principal.login());
            changeLog.write(tx -> {
                applyStatus(tx, principal.agentId(), agents.chosenStatus(tx.handle(), principal.agentId()), AgentStatus.OFFLINE);
                return null;
            });
        }
    }

    /** The agent picks a status in the workstation. */
    public synchronized void choose(Principal caller, AgentStatus status) {
        caller.require(Role.AGENT);
        if (status == null || !status.isSelectable()) {
            throw new ApiException(ProblemType.VALIDATION, "status must be ONLINE, BUSY or AWAY");
        }
        AgentStatus visible = connections.containsKey(caller.agentId()) ? status : AgentStatus.OFFLINE;
        changeLog.write(tx -> {
            applyStatus(tx, caller.agentId(), status, visible);
            return null;
        });
        LOG.info("presence: login={} chose {}", caller.login(), status);
    }

    private void applyStatus(ChangeLog.Tx tx, long agentId, AgentStatus chosen, AgentStatus visible) {
        if (agents.updateStatus(tx.handle(), agentId, chosen, visible)) {
            Agent agent = agents.find(tx.handle(), agentId).orElseThrow();
            tx.record(EntityTypes.AGENT, Long.toString(agentId), ChangeOp.UPSERT, agent);
        }
    }
}
