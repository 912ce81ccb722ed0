package dev.switchboard.server.realtime;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.shared.ws.Envelope;

/**
 * A feature's part of the agent WebSocket: the message types it answers, and cleanup when a
 * socket closes. Throw {@code ApiException} to refuse a message; the socket answers {@code error}.
 */
public interface AgentMessageHandler {

    /** The message types this handler takes. */
    java.util.Set<String> types();

    /** Handles one message; the caller acknowledges it afterwards when it has an id. */
    void handle(AgentPeer peer, Envelope message);

    /** A socket opened and got its welcome: tell the peer what it must know to start (its open work). */
    default void connected(AgentPeer peer) {
    }

    /**
     * The account of an open socket changed (role, groups, enabled): {@code peer.principal()} is
     * the account as it is now, {@code before} what it was. Drop what the account may no longer
     * have. Runs between two messages of the socket, never during one.
     */
    default void accountChanged(AgentPeer peer, Principal before) {
    }

    /** The socket closed: forget the peer. */
    default void closed(AgentPeer peer) {
    }
}
