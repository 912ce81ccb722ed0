package dev.switchboard.server.realtime;

import dev.switchboard.server.agents.Presence;
import dev.switchboard.server.auth.AuthService;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sync.SyncService;
import java.time.Duration;

/**
 * The agent socket {@code /ws/agent}: presence, the live change feed and the message types that
 * later features add with {@link AgentSocket#addHandler}. Publishes {@link AgentSocket}.
 */
public final class RealtimeFeature implements BackendFeature {

    /** How often open sockets keep their sessions alive, and sockets of ended sessions close. */
    private static final Duration SESSION_CHECK = Duration.ofMinutes(1);

    @Override
    public void install(FeatureContext context) {
        AuthService auth = context.require(AuthService.class);
        AgentSocket agentSocket = new AgentSocket(context.require(Callers.class), auth, context.require(Presence.class),
                context.require(SyncService.class));
        auth.addListener(agentSocket);
        auth.addAccountListener(agentSocket);
        context.routes(agentSocket);
        context.every(SESSION_CHECK, SESSION_CHECK, "checking agent sessions", agentSocket::checkSessions);
        context.publish(AgentSocket.class, agentSocket);
    }
}
