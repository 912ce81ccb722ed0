package dev.switchboard.server.routingrules;

import dev.switchboard.server.distribution.RoutingDecision;
import dev.switchboard.server.distribution.RoutingRequest;

/**
 * Routes a request on the live rules and agents as a new chat would be, assigning and reserving
 * nothing: what the dry run asks of the feature that routes chats (which reads these rules).
 */
@FunctionalInterface
public interface RoutingPreview {

    RoutingDecision route(RoutingRequest request);
}
