package dev.switchboard.server.internalchat;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.chat.Chat;
import dev.switchboard.server.chat.ChatAuthor;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.teamchat.SharedChat;

/**
 * Internal chat between agents (ADR 17, ADR 19): one-to-one conversations, one per agent group and
 * ad-hoc groups agents make themselves; {@code /api/v1/team/conversations}, {@code /api/v1/team/groups}
 * and the {@code team.*} messages of the agent socket. Stands on
 * the chat feature only to check that a shared visitor chat may be read by its sharer.
 */
public final class InternalChatFeature implements BackendFeature {

    /** Longest visitor name a shared link keeps. */
    private static final int MAX_LABEL = 100;

    private final boolean demo;

    /** @param demo seed a welcome in the demo team's group conversations */
    public InternalChatFeature(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void install(FeatureContext context) {
        Chat chat = context.require(Chat.class);
        AgentDirectory agents = context.require(AgentDirectory.class);
        InternalChatDelivery delivery = new InternalChatDelivery(context.require(AgentSocket.class));
        InternalChatService.Colleagues colleagues = agentId -> agents.findAgent(agentId).map(Agent::enabled).orElse(false);
        InternalChatService service = new InternalChatService(context.jdbi(), context.clock(), delivery,
                (sharer, chatId) -> link(chat.service().get(new ChatAuthor.Agent(sharer), chatId)), colleagues);
        AdHocGroupService groups = new AdHocGroupService(context.jdbi(), context.clock(), delivery, colleagues, service);
        service.ensureGroupConversations();
        if (demo) {
            new DemoTeamChat(context.jdbi(), service, groups).seed();
        }
        context.require(AgentSocket.class).addHandler(new InternalChatSocketHandler(service));
        context.routes(new InternalChatRoutes(service, groups, context.require(Callers.class)));
        context.onClose("team chat writer", service::close);
        context.publish(InternalChatService.class, service);
    }

    private static SharedChat link(Conversation shared) {
        String name = shared.prechat().get("name");
        if (name == null || name.isBlank()) {
            return new SharedChat(shared.id(), null);
        }
        // cut by code points: a name of Chinese characters or emoji is never split inside one
        String stripped = name.strip();
        return new SharedChat(shared.id(), stripped.substring(0, stripped.offsetByCodePoints(0, Math.min(stripped.codePointCount(0,
                stripped.length()), MAX_LABEL))));
    }
}
