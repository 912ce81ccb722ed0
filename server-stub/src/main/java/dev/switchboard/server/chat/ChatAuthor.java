package dev.switchboard.server.chat;

import dev.switchboard.server.auth.Principal;

/** Who acts on a conversation: a visitor, proven by their widget socket, or an authenticated agent. */
public sealed interface ChatAuthor {

    /** A visitor, known by the id their socket proved with its token. */
    record Visitor(String visitorId) implements ChatAuthor {
    }

    /** An agent, supervisor or administrator. */
    record Agent(Principal principal) implements ChatAuthor {
    }
}
