package dev.switchboard.server.chat;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.ProblemType;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may touch a conversation, in one place: a visitor only their own (anything else is "not
 * found", so ids cannot be probed), an agent only one they take part in; a supervisor may read any
 * conversation, and write into one they are not in only to whisper to its agents. Refusals are
 * logged. Callers read what the rule needs in whatever query suits them.
 */
final class ChatAccess {

    private static final Logger LOG = LoggerFactory.getLogger(ChatAccess.class);

    private ChatAccess() {
    }

    /**
     * @param visitorId  the conversation's visitor; null when there is no such conversation
     * @param takesPart  whether an agent takes part in it now (asked only for agents); for its files, whether they
     *                   took part at any time, so that files follow the participants past and present
     * @param writing    false: reading; true: writing (messages, receipts)
     * @param whispering writing a note that only agents see
     */
    static void require(ChatAuthor author, long conversationId, String visitorId, LongPredicate takesPart, boolean writing,
                        boolean whispering) {
        if (author instanceof ChatAuthor.Visitor visitor) {
            if (visitorId == null || !visitorId.equals(visitor.visitorId())) {
                LOG.warn("visitor refused: visitor={} tried conversation {}", visitor.visitorId(), conversationId);
                throw ApiException.notFound("conversation " + conversationId);
            }
            return;
        }
        Principal principal = ((ChatAuthor.Agent) author).principal();
        principal.require(Role.AGENT);
        if (visitorId == null) {
            throw ApiException.notFound("conversation " + conversationId);
        }
        boolean supervisor = principal.role().atLeast(Role.SUPERVISOR);
        if (takesPart.test(principal.agentId()) || (supervisor && (!writing || whispering))) {
            return;
        }
        LOG.warn("agent refused: login={} is not in conversation {}", principal.login(), conversationId);
        throw new ApiException(ProblemType.FORBIDDEN, "you are not in this conversation");
    }
}
