package dev.switchboard.server.chat;

import dev.switchboard.server.infra.AddressRateLimiter;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The typing preview: what a visitor types before sending it goes to the agents in the chat (its
 * owner and assistants, and supervisors watching it), on sites whose administrator turned it on.
 * Never stored. A draft holds at most {@link #MAX_TEXT} characters (the widget's input holds as
 * many). Each chat passes on at most {@link #BURST} drafts at once, refilled over
 * {@link #REFILL}: the widget sends one a second at most, and a draft dropped beyond that is
 * replaced by the next one anyway. The buckets are kept per node (a limit in this process, as ADR
 * 0007's), bounded and forgotten when idle.
 */
final class VisitorDrafts {

    static final int MAX_TEXT = 2000;
    static final int BURST = 4;
    static final Duration REFILL = Duration.ofSeconds(2);

    private final ChatService chats;
    private final ChatDelivery delivery;
    /** Whether a site shows drafts, by its id. */
    private final Predicate<String> previewOn;
    /** Keyed by conversation, not address: one chat's drafts are limited whoever sends them. */
    private final AddressRateLimiter perChat;

    VisitorDrafts(ChatService chats, ChatDelivery delivery, Predicate<String> previewOn, Clock clock) {
        this.chats = chats;
        this.delivery = delivery;
        this.previewOn = previewOn;
        this.perChat = new AddressRateLimiter(clock, BURST, REFILL);
    }

    /** Passes the visitor's draft on; refused (403) where the site does not show drafts, dropped once the chat has ended. */
    void relay(ChatAuthor.Visitor visitor, ChatMessages.Draft draft) {
        if (draft.text() == null || draft.text().length() > MAX_TEXT) {
            throw ApiException.invalid("the draft is not valid", List.of(new FieldError("text", "0 to " + MAX_TEXT + " characters")));
        }
        Conversation conversation = chats.writableBy(visitor, draft.conversationId());
        if (!previewOn.test(conversation.site())) {
            throw new ApiException(ProblemType.FORBIDDEN, "this site does not show drafts to agents");
        }
        if (conversation.status() == ConversationStatus.ENDED || perChat.tryTake("chat:" + conversation.id()).isPresent()) {
            return;
        }
        delivery.toOthers(conversation, visitor, ChatMessages.DRAFT, new ChatMessages.Draft(conversation.id(), draft.text()));
    }
}
