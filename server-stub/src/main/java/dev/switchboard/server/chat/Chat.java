package dev.switchboard.server.chat;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.server.visitors.Visitors;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** The chat feature, assembled: conversations, routing to agents, both sockets' messages and the REST API. */
public final class Chat {

    private final ChatService service;
    private final ChatAssigner assigner;
    private final ChatRoutes routes;

    public Chat(Jdbi jdbi, Clock clock, Visitors visitors, AgentSocket agentSocket, Callers callers) {
        ChatDelivery delivery = new ChatDelivery(jdbi, visitors.tracker(), agentSocket);
        this.service = new ChatService(jdbi, clock, delivery);
        this.assigner = new ChatAssigner(jdbi, clock, visitors.tracker(), service, delivery);
        service.setAssigner(assigner);
        ChatSocketHandlers handlers = new ChatSocketHandlers(service);
        visitors.addHandler(handlers.forVisitors());
        agentSocket.addHandler(handlers.forAgents());
        this.routes = new ChatRoutes(service, callers);
    }

    public HttpApi.Routes routes() {
        return routes;
    }

    /** Gives queued chats to agents who became free; runs on a timer and after changes that free agents. */
    public void drainQueue() {
        assigner.drainQueue();
    }

    public ChatService service() {
        return service;
    }
}
