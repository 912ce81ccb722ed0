package dev.switchboard.app.testing;

import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.health.ProtocolVersion;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.sync.EntityTypes;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.Welcome;
import java.time.Instant;
import java.util.List;

/** Protocol values for tests. */
public final class TestData {

    private TestData() {
    }

    public static Agent agent(long id, String login, AgentStatus status, long version, Long... groupIds) {
        return new Agent(id, login, Character.toUpperCase(login.charAt(0)) + login.substring(1), Role.AGENT,
                List.of(groupIds), 5, status, true, version);
    }

    public static Group group(long id, String name) {
        return new Group(id, name, "", 1);
    }

    public static Change change(long seq, Agent agent) {
        return new Change(seq, EntityTypes.AGENT, Long.toString(agent.id()), ChangeOp.UPSERT, ProtocolJson.tree(agent),
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    public static Change change(long seq, Group group) {
        return new Change(seq, EntityTypes.GROUP, Long.toString(group.id()), ChangeOp.UPSERT, ProtocolJson.tree(group),
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    public static Change deleteAgent(long seq, long id) {
        return new Change(seq, EntityTypes.AGENT, Long.toString(id), ChangeOp.DELETE, null,
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    public static String welcome(Agent agent) {
        return welcome(agent, ProtocolVersion.PROTOCOL);
    }

    public static String welcome(Agent agent, int protocol) {
        return message(MessageTypes.WELCOME, null, null, new Welcome(agent, "test", protocol));
    }

    public static String changeMessage(Change change) {
        return message(MessageTypes.CHANGE, null, change.seq(), change);
    }

    public static String message(String type, String id, Long seq, Object payload) {
        return ProtocolJson.write(new Envelope(type, id, seq, ProtocolJson.tree(payload)));
    }

    public static Envelope envelope(String json) {
        return ProtocolJson.read(json, Envelope.class);
    }
}
