package dev.switchboard.app.net;

import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.visitors.VisitorBatch;
import dev.switchboard.shared.ws.Ack;
import dev.switchboard.shared.ws.CaughtUp;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.Welcome;
import dev.switchboard.shared.ws.WsErrorPayload;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what the server sends on the agent WebSocket and hands each message to whom it concerns:
 * data to the {@link AgentConnection.Listener}, answers to the {@link AwaitedReplies}, and
 * {@code welcome} and {@code session.ended} back to the connection, since what they do depends
 * on which attempt's socket they came from.
 */
final class IncomingMessageDispatcher {

    // Logged under the connection's name: these lines are the agent socket's, and whoever
    // turns that logger up or down means them too.
    private static final Logger LOG = LoggerFactory.getLogger(AgentConnection.class);
    private static final String CHAT_PREFIX = "chat.";

    /** The messages that change the connection itself, reported for the socket they came on. */
    interface SessionEvents {
        void welcomed(Welcome welcome);

        void sessionEnded(Problem reason);
    }

    private final AgentConnection.Listener listener;
    private final AwaitedReplies awaitedReplies;

    IncomingMessageDispatcher(AgentConnection.Listener listener, AwaitedReplies awaitedReplies) {
        this.listener = listener;
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
        switch (envelope.type()) {
            case MessageTypes.WELCOME -> session.welcomed(ProtocolJson.read(envelope.payload(), Welcome.class));
            case MessageTypes.CHANGE -> listener.changeReceived(ProtocolJson.read(envelope.payload(), Change.class));
            case MessageTypes.SYNC_CAUGHT_UP -> listener.caughtUp(ProtocolJson.read(envelope.payload(), CaughtUp.class).seq());
            case MessageTypes.VISITORS_SNAPSHOT -> listener.visitorsReceived(visitorBatch(envelope), true);
            case MessageTypes.VISITORS_BATCH -> listener.visitorsReceived(visitorBatch(envelope), false);
            case MessageTypes.ACK -> awaitedReplies.answered(ProtocolJson.read(envelope.payload(), Ack.class).ref(), null);
            case MessageTypes.ERROR -> refused(ProtocolJson.read(envelope.payload(), WsErrorPayload.class));
            case MessageTypes.SESSION_ENDED -> session.sessionEnded(ProtocolJson.read(envelope.payload(), Problem.class));
            case MessageTypes.ACCOUNT_CHANGED -> listener.accountChanged(ProtocolJson.read(envelope.payload(), Agent.class));
            default -> {
                if (envelope.type() != null && envelope.type().startsWith(CHAT_PREFIX)) {
                    listener.chatReceived(envelope);
                } else {
                    LOG.debug("Ignoring agent WebSocket message of unknown type {}", envelope.type());
                }
            }
        }
    }

    private static VisitorBatch visitorBatch(Envelope envelope) {
        return ProtocolJson.read(envelope.payload(), VisitorBatch.class);
    }

    private void refused(WsErrorPayload error) {
        if (error.ref() == null) {
            LOG.warn("The server reported a problem: {}", error.problem());
            return;
        }
        awaitedReplies.answered(error.ref(), new ProblemException(error.problem(), Optional.empty()));
    }
}
