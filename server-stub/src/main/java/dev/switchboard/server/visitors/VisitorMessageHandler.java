package dev.switchboard.server.visitors;

import dev.switchboard.shared.ws.Envelope;
import java.util.Set;

/**
 * A feature's part of the widget socket (chat adds its messages here). Only greeted pages reach
 * a handler; throw {@code ApiException} to refuse a message, and the page gets an {@code error}.
 */
public interface VisitorMessageHandler {

    Set<String> types();

    void handle(VisitorPeer page, Envelope message);
}
