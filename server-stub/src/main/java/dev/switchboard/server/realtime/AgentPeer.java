package dev.switchboard.server.realtime;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.shared.ws.Envelope;

/** An open agent WebSocket as features see it: who is there, and a way to send them messages. */
public interface AgentPeer {

    String id();

    Principal principal();

    /** Queues a message without waiting for the network; a closed peer drops it. */
    void send(Envelope envelope);

    /** Sends text that is already a serialized envelope: one serialization for many peers. */
    void sendSerialized(String envelope);

    boolean isOpen();
}
