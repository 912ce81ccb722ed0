package dev.switchboard.server.resilience;

import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.Envelope;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An agent's workstation as far as delivery goes: takes every chat announced to it (again after
 * each reconnect), resumes each from the last message it holds, and sends from an outbox that
 * survives disconnects until each message is acknowledged.
 */
final class ChaosAgent {

    private final String login;
    private final ReconnectingSocket socket;
    private final Map<Long, ConversationLedger> chats = new ConcurrentHashMap<>();
    private final Map<Long, ResumeThrottle> throttles = new ConcurrentHashMap<>();
    private final Map<Long, Integer> written = new ConcurrentHashMap<>();

    ChaosAgent(String login, String token, String wsUrl) {
        this.login = login;
        this.socket = new ReconnectingSocket(wsUrl, Map.of("Authorization", "Bearer " + token), () -> { }, this::handle);
    }

    ReconnectingSocket socket() {
        return socket;
    }

    Map<Long, ConversationLedger> chats() {
        return Map.copyOf(chats);
    }

    /** Writes the next message into each chat this agent holds. */
    void writeToEveryChat() {
        for (long id : List.copyOf(chats.keySet())) {
            int number = written.merge(id, 1, Integer::sum);
            chats.get(id).queue(login + "-" + id + "-" + number, login + " answer " + number);
            flush(id);
        }
    }

    private void handle(Envelope envelope) {
        long id = envelope.payload().path("conversationId").asLong();
        switch (envelope.type()) {
            case ChatMessages.ASSIGNED -> assigned(envelope.payload().path("id").asLong());
            case ChatMessages.ACK -> ledger(id).acked(envelope.payload().path("clientId").asText(), envelope.payload().path("seq").asLong());
            case ChatMessages.MESSAGE -> {
                if (ledger(id).received(envelope.payload())) {
                    resume(id);
                }
            }
            default -> {
                // welcome, presence changes, typing: not about delivery
            }
        }
    }

    private void assigned(long id) {
        ledger(id);
        throttles.computeIfAbsent(id, key -> new ResumeThrottle()).reset();
        resume(id);
        flush(id);
    }

    private ConversationLedger ledger(long id) {
        return chats.computeIfAbsent(id, key -> new ConversationLedger());
    }

    private void resume(long id) {
        long after = ledger(id).contiguous();
        if (throttles.computeIfAbsent(id, key -> new ResumeThrottle()).shouldAsk(after)) {
            socket.send(ChatMessages.RESUME, new ChatMessages.Resume(id, after));
        }
    }

    private void flush(long id) {
        ledger(id).unacked().forEach((clientId, text) -> socket.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, clientId, text, null)));
    }
}
