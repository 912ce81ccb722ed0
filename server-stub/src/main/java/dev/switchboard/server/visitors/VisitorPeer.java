package dev.switchboard.server.visitors;

import dev.switchboard.shared.ws.Envelope;

/** A visitor's greeted page as features see it: who it belongs to and a way to answer. */
public interface VisitorPeer {

    String visitorId();

    String site();

    void send(Envelope envelope);
}
