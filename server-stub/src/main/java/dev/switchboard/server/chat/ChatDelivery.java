package dev.switchboard.server.chat;

import dev.switchboard.server.realtime.AgentPeer;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.server.visitors.VisitorTracker;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.ws.Envelope;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;

/**
 * Pushes stored messages to whoever is connected: the visitor's pages (never notes) and the
 * participating agents' workstations. Pushing is best effort; a receiver that missed something
 * resumes from its last sequence number.
 */
public final class ChatDelivery {

    private final Jdbi jdbi;
    private final VisitorTracker visitors;
    private final AgentSocket agents;
    private final ConversationStore store = new ConversationStore();
    /**
     * Supervisors' sockets following a chat read-only: by conversation, then by socket; gone with
     * their socket. Each gets the chat's lines through its own {@link WatchFeed}.
     */
    private final Map<Long, Map<String, WatchFeed>> watchers = new ConcurrentHashMap<>();

    public ChatDelivery(Jdbi jdbi, VisitorTracker visitors, AgentSocket agents) {
        this.jdbi = jdbi;
        this.visitors = visitors;
        this.agents = agents;
    }

    void publish(Conversation conversation, ChatMessage message) {
        publish(conversation, message, Set.copyOf(jdbi.withHandle(handle -> store.participants(handle, conversation.id()))));
    }

    /** As {@link #publish(Conversation, ChatMessage)} when the participants are known already (read with the message). */
    void publish(Conversation conversation, ChatMessage message, Set<Long> participants) {
        Envelope envelope = envelope(ChatMessages.MESSAGE, message.seq(), message);
        if (message.kind() != MessageKind.NOTE) {
            visitors.sendToVisitor(conversation.visitorId(), envelope);
        }
        agents.sendToAgents(participants, envelope);
        // a supervisor who takes part hears it as a participant already
        watchers.getOrDefault(conversation.id(), Map.of()).values().stream()
                .filter(feed -> !participants.contains(feed.peer().principal().agentId()))
                .forEach(feed -> feed.offer(message));
    }

    /**
     * The socket follows the chat from now on: it is sent the chat so far (when this returns, all of
     * it stored until now) and then each new line, each once and in order ({@link WatchFeed}).
     * Watching again from the same socket starts over with the whole chat.
     */
    void watch(long conversationId, AgentPeer peer) {
        WatchFeed feed = new WatchFeed(peer, (after, limit) -> jdbi.withHandle(handle -> store.messagesAfter(handle, conversationId, after, limit, true)));
        // registered for live lines first, so that none is stored between the chat so far and them
        WatchFeed before = watchers.computeIfAbsent(conversationId, id -> new ConcurrentHashMap<>()).put(peer.id(), feed);
        if (before != null) {
            before.close();
        }
        feed.catchUp();
    }

    void unwatch(long conversationId, String peerId) {
        watchers.computeIfPresent(conversationId, (id, feeds) -> {
            WatchFeed feed = feeds.remove(peerId);
            if (feed != null) {
                feed.close();
            }
            return feeds.isEmpty() ? null : feeds;
        });
    }

    /** The socket closed: it follows nothing any more. */
    void forgetPeer(String peerId) {
        watchers.keySet().forEach(id -> unwatch(id, peerId));
    }

    /** A supervisor lost the role: none of their sockets follows anything any more. */
    void forgetWatcher(long supervisorId) {
        watchers.forEach((id, feeds) -> feeds.values().stream().filter(feed -> feed.peer().principal().agentId() == supervisorId)
                .map(feed -> feed.peer().id()).toList().forEach(peerId -> unwatch(id, peerId)));
    }

    /** The supervisors following the chat from sockets of this node. */
    Set<Long> watchersOf(long conversationId) {
        return withWatchers(conversationId, Set.of());
    }

    /** The agents who hear a chat: its participants and the supervisors following it. */
    private Set<Long> audience(long conversationId) {
        return withWatchers(conversationId, jdbi.withHandle(handle -> store.participants(handle, conversationId)));
    }

    private Set<Long> withWatchers(long conversationId, java.util.Collection<Long> participants) {
        Set<Long> audience = new HashSet<>(participants);
        watchers.getOrDefault(conversationId, Map.of()).values().forEach(feed -> audience.add(feed.peer().principal().agentId()));
        return audience;
    }

    /** To the visitor (unless {@code withVisitor} is false) and every participating agent. */
    void toConversation(Conversation conversation, String type, Object payload, boolean withVisitor) {
        Envelope envelope = envelope(type, null, payload);
        if (withVisitor) {
            visitors.sendToVisitor(conversation.visitorId(), envelope);
        }
        agents.sendToAgents(audience(conversation.id()), envelope);
    }

    /** To everyone in the conversation but the author: the visitor hears agents, agents hear the visitor and each other. */
    void toOthers(Conversation conversation, ChatAuthor author, String type, Object payload) {
        Envelope envelope = envelope(type, null, payload);
        Set<Long> audience = audience(conversation.id());
        if (author instanceof ChatAuthor.Agent agent) {
            visitors.sendToVisitor(conversation.visitorId(), envelope);
            agents.sendToAgents(audience.stream().filter(id -> id != agent.principal().agentId()).toList(), envelope);
        } else {
            agents.sendToAgents(audience, envelope);
        }
    }

    /** To {@code participants} (read with the caller's own query) and the supervisors following the chat, but {@code exceptAgent}. */
    void toParticipants(long conversationId, Set<Long> participants, Long exceptAgent, String type, Object payload) {
        Set<Long> audience = withWatchers(conversationId, participants);
        if (exceptAgent != null) {
            audience.remove(exceptAgent);
        }
        agents.sendToAgents(audience, envelope(type, null, payload));
    }

    /** To the agents in the conversation but {@code agentId}. */
    void toOtherAgents(Conversation conversation, long agentId, String type, Object payload) {
        agents.sendToAgents(audience(conversation.id()).stream().filter(id -> id != agentId).toList(), envelope(type, null, payload));
    }

    /** The visitor list shows the visitor chatting from the start of a chat (waiting or served) until its end. */
    void chatOpened(String visitorId) {
        visitors.chatOpened(visitorId);
    }

    void chatEnded(String visitorId) {
        visitors.chatEnded(visitorId);
    }

    void toVisitor(String visitorId, String type, Object payload) {
        visitors.sendToVisitor(visitorId, envelope(type, null, payload));
    }

    void toAgent(long agentId, String type, Object payload) {
        agents.sendToAgents(List.of(agentId), envelope(type, null, payload));
    }

    static Envelope envelope(String type, Long seq, Object payload) {
        return Envelope.outgoing(type, null, seq, payload);
    }
}
