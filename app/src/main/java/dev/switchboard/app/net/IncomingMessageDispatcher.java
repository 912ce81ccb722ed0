package dev.switchboard.app.net;

import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.ws.Ack;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.Welcome;
import dev.switchboard.shared.ws.WsErrorPayload;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what the server sends on the agent WebSocket and hands each message to whom it concerns:
 * answers to the {@link AwaitedReplies}, {@code welcome} and {@code session.ended} back to the
 * connection, since what they do depends on which attempt's socket they came from, and every
 * other type to the handler registered for it in {@link MessageHandlers}. Only the connection's
 * own messages are known here; what the session and the features receive is theirs.
 */
final class IncomingMessageDispatcher {

    // Logged under the connection's name: these lines are the agent socket's, and whoever
    // turns that logger up or down means them too.
    private static final Logger LOG = LoggerFactory.getLogger(AgentConnection.class);

    /** The messages that change the connection itself, reported for the socket they came on. */
    interface SessionEvents {
        void welcomed(Welcome welcome);

        void sessionEnded(Problem reason);
    }

    private final MessageHandlers handlers;
    private final AwaitedReplies awaitedReplies;

    IncomingMessageDispatcher(MessageHandlers handlers, AwaitedReplies awaitedReplies) {
        this.handlers = handlers;
        this.awaitedReplies = awaitedReplies;
    }

    /** Handles one text message; an unreadable one is logged and dropped. */
    void dispatch(String text, SessionEvents session) {
        Envelope envelope;
        try {
            envelope = ProtocolJson.read(text, Envelope.class);
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring an unreadable message on the agent WebSocket: {}", e.getMessage());
            return;
        }
        switch (envelope.type() == null ? "" : envelope.type()) {
            case MessageTypes.WELCOME -> session.welcomed(ProtocolJson.read(envelope.payload(), Welcome.class));
            case MessageTypes.ACK -> awaitedReplies.answered(ProtocolJson.read(envelope.payload(), Ack.class).ref(), null);
            case MessageTypes.ERROR -> refused(ProtocolJson.read(envelope.payload(), WsErrorPayload.class));
            case MessageTypes.SESSION_ENDED -> session.sessionEnded(ProtocolJson.read(envelope.payload(), Problem.class));
            default -> handlers.find(envelope.type()).ifPresentOrElse(handler -> handler.accept(envelope),
                    () -> LOG.debug("Ignoring agent WebSocket message of unknown type {}", envelope.type()));
        }
    }

    private void refused(WsErrorPayload error) {
        if (error.ref() == null) {
            LOG.warn("The server reported a problem: {}", error.problem());
            return;
        }
        awaitedReplies.answered(error.ref(), new ProblemException(error.problem(), Optional.empty()));
    }
}
