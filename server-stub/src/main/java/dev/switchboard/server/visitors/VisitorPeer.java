package dev.switchboard.server.visitors;

import dev.switchboard.shared.ws.Envelope;

/** A visitor's greeted page as features see it: who it belongs to and a way to answer. */
public interface VisitorPeer {

    String visitorId();

    String site();

    /** The client address the page's socket came from (see {@code ClientAddress}). */
    String address();

    void send(Envelope envelope);
}
