package dev.switchboard.server.chat;

import dev.switchboard.server.distribution.WorkQueue;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.visitors.Invitation;
import dev.switchboard.shared.visitors.PrechatAnswerRules;
import dev.switchboard.shared.visitors.PrechatForm;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a visitor's chat begins: the pre-chat answers are checked against the site's form (or the
 * short form of an invitation they accepted), one visitor gets one open chat however many tabs ask
 * at once, the client address's limits apply, and the new chat goes to the distribution engine.
 */
final class ChatStarts {

    private static final Logger LOG = LoggerFactory.getLogger(ChatStarts.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ChatService chats;
    private final ChatDelivery delivery;
    private final ConversationStore store = new ConversationStore();
    private final Function<String, PrechatForm> forms;
    private final ChatStartLimits startLimits;
    private final WorkQueue work;
    private final InvitedChats invited;
    private final Object[] startLocks = new Object[64];

    /** @param forms the pre-chat form of a site, by its id */
    ChatStarts(Jdbi jdbi, Clock clock, ChatService chats, ChatDelivery delivery, Function<String, PrechatForm> forms,
               ChatStartLimits startLimits, WorkQueue work, InvitedChats invited) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.chats = chats;
        this.delivery = delivery;
        this.forms = forms;
        this.startLimits = startLimits;
        this.work = work;
        this.invited = invited;
        for (int i = 0; i < startLocks.length; i++) {
            startLocks[i] = new Object();
        }
    }

    /**
     * The visitor asks for a chat; asking again while one is open answers that one. The new
     * conversation waits for {@link #route} so that the visitor hears "started" before
     * "queued" or "served". The answers must fit the site's pre-chat form: the widget checks them
     * too, but anyone can send a {@code chat.start}, and the answers steer routing. A new chat
     * counts against the limits of the client's {@code address} (429 beyond them). With the
     * {@code invitationId} of an invitation the visitor may answer, the chat starts from it
     * ({@link InvitedChats}); an invitation that cannot start a chat (not theirs, too old, used)
     * is ignored, and the whole form then applies.
     */
    Conversation start(String visitorId, String site, Map<String, String> prechat, String address, Long invitationId) {
        Map<String, String> answers = PrechatAnswerRules.normalized(prechat);
        Optional<Invitation> invitation = invited.answered(visitorId, invitationId);
        PrechatForm form = forms.apply(site);
        List<FieldError> errors = PrechatAnswerRules.check(invitation.isPresent() ? InvitedChats.formFor(form) : form, answers);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the pre-chat answers do not fit the site's form", errors);
        }
        // two tabs may ask at the same moment: one visitor's starts are serialized, so they share one chat
        synchronized (startLocks[Math.floorMod(visitorId.hashCode(), startLocks.length)]) {
            Optional<Conversation> open = jdbi.withHandle(handle -> store.openOf(handle, visitorId));
            if (open.isPresent()) {
                return open.get();
            }
            long id = startLimits.admit(address, () -> jdbi.inTransaction(handle -> {
                long created = store.insertConversation(handle, visitorId, site, answers, work.priorityFor(handle, visitorId), address,
                        clock.instant());
                invitation.ifPresent(answered -> invited.started(handle, created, answered));
                return created;
            }));
            invited.remember(id, invitation);
            LOG.info("conversation started: id={} visitor={} invitation={}", id, visitorId, invitation.map(Invitation::id).orElse(null));
            delivery.chatOpened(visitorId);
            return chats.get(id);
        }
    }

    /** Gives a new conversation to an agent, or queues it. */
    void route(long conversationId) {
        work.submit(conversationId);
    }
}
