package dev.switchboard.server.resilience;

import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.visitors.PageView;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.Envelope;
import java.util.Map;

/**
 * A visitor who behaves like the widget: says hello with the identity it was given, starts one
 * chat, writes into an outbox first and resends whatever is not acknowledged after every
 * reconnect, and resumes from the last message it holds.
 */
final class ChaosVisitor {

    private final int number;
    private final ReconnectingSocket socket;
    private final ConversationLedger ledger = new ConversationLedger();
    private final ResumeThrottle throttle = new ResumeThrottle();
    private String visitorId;
    private String token;
    private long conversationId;
    private int written;

    ChaosVisitor(int number, String wsUrl) {
        this.number = number;
        this.socket = new ReconnectingSocket(wsUrl, Map.of("Origin", "https://shop.example.cn", "User-Agent", VisitorClient.USER_AGENT),
                this::hello, this::handle);
    }

    int number() {
        return number;
    }

    ReconnectingSocket socket() {
        return socket;
    }

    ConversationLedger ledger() {
        return ledger;
    }

    synchronized long conversationId() {
        return conversationId;
    }

    /** Writes the next message: kept in the outbox, sent now if the chat is reachable. */
    void write() {
        String clientId;
        synchronized (this) {
            written++;
            clientId = "v" + number + "-" + written;
        }
        ledger.queue(clientId, "visitor " + number + " message " + written);
        flush();
    }

    private synchronized void hello() {
        socket.send(WidgetMessages.HELLO, new WidgetMessages.Hello("default", visitorId, token,
                new PageView("https://shop.example.cn/products/aurora-x1", "Aurora X1", null, "zh-CN", "1920x1080")));
    }

    private void handle(Envelope envelope) {
        switch (envelope.type()) {
            case WidgetMessages.WELCOME -> welcomed(envelope);
            case ChatMessages.STARTED -> started(envelope.payload().path("conversationId").asLong());
            case ChatMessages.ACK -> ledger.acked(envelope.payload().path("clientId").asText(), envelope.payload().path("seq").asLong());
            case ChatMessages.MESSAGE -> {
                if (ledger.received(envelope.payload())) {
                    resume();
                }
            }
            default -> {
                // status, typing and the rest do not matter for delivery
            }
        }
    }

    private void welcomed(Envelope envelope) {
        synchronized (this) {
            visitorId = envelope.payload().path("visitorId").asText();
            token = envelope.payload().path("token").asText();
        }
        // asking again while the chat is open answers that chat, so this is safe after every reconnect
        socket.send(ChatMessages.START, new ChatMessages.Start(Map.of("name", "Visitor " + number, "question", "售前咨询 Pre-sales")));
    }

    private void started(long id) {
        synchronized (this) {
            conversationId = id;
        }
        throttle.reset();
        resume();
        flush();
    }

    private void resume() {
        long id = conversationId();
        long after = ledger.contiguous();
        if (id != 0 && throttle.shouldAsk(after)) {
            socket.send(ChatMessages.RESUME, new ChatMessages.Resume(id, after));
        }
    }

    private void flush() {
        long id = conversationId();
        if (id == 0) {
            return;
        }
        ledger.unacked().forEach((clientId, text) -> socket.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, clientId, text, null)));
    }
}
