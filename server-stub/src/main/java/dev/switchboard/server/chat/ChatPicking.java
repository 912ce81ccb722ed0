package dev.switchboard.server.chat;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.distribution.HandPick;
import dev.switchboard.server.distribution.WorkQueue;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.problem.FieldError;
import java.util.List;

/**
 * Waiting chats picked by hand instead of by the rules (ADR 0013): an agent takes one from the
 * queue of one of their groups (抢单), a supervisor gives one to the agent they choose. The engine
 * checks the agent and applies the assignment; the chat audits it in the same transaction
 * ({@link ChatWork#assigning}) and tells the agent and the visitor as for any assignment.
 */
final class ChatPicking {

    /** Reasons are kept in the routing history and the audit log; longer ones are refused. */
    static final int MAX_REASON = 1000;

    private final WorkQueue work;

    ChatPicking(WorkQueue work) {
        this.work = work;
    }

    /** The agent takes the waiting chat; 403 outside their groups, 409 when it no longer waits or they are at their limit. */
    void take(Principal caller, ChatMessages.Take take) {
        caller.require(Role.AGENT);
        work.handTo(take.conversationId(), caller.agentId(), HandPick.taken(caller.agentId()));
    }

    /** A supervisor gives the waiting chat to an agent, who must be connected; their chat limit does not hold. */
    void assign(Principal caller, ChatMessages.Assign assign) {
        caller.require(Role.SUPERVISOR);
        requireReason(assign.reason());
        work.handTo(assign.conversationId(), assign.agentId(), HandPick.assigned(caller.agentId(), assign.reason()));
    }

    static void requireReason(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw ApiException.invalid("the reason is too long", List.of(new FieldError("reason", "at most " + MAX_REASON + " characters")));
        }
    }
}
