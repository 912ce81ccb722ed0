package dev.switchboard.server.internalchat;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.BatchWriter;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.NewMessage;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.teamchat.SharedChat;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamMessage;
import dev.switchboard.shared.teamchat.TeamMessagePage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversations between colleagues, with the delivery guarantees of visitor chats (ADR 4, ADR
 * 17): a message is stored before it is acknowledged, takes its conversation's next seq, and is
 * stored once however often its sender repeats its client id; members resume from the last seq
 * they hold. Only members reach a conversation, whatever their role: a one-to-one conversation is
 * its two agents', a group's is the group's members' of the moment.
 */
public final class InternalChatService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InternalChatService.class);
    static final int MAX_PAGE = 200;
    /** Attempts at a write that a concurrent one (another backend node) may refuse with a unique key. */
    private static final int ATTEMPTS = 3;

    /** Whether a sharer may read a visitor chat, and what its link shows. */
    @FunctionalInterface
    public interface ChatLinks {
        /** The chat as a link, if {@code sharer} may read it; otherwise throws the chat's own 403 or 404. */
        SharedChat link(Principal sharer, long chatId);
    }

    /** Who an agent is, for one-to-one conversations: enabled accounts only. */
    @FunctionalInterface
    public interface Colleagues {
        boolean isEnabledAgent(long agentId);
    }

    /** A one-to-one conversation as its asker sees it, and whether this call made it. */
    public record Direct(TeamConversation conversation, boolean created) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final InternalChatDelivery delivery;
    private final ChatLinks links;
    private final Colleagues colleagues;
    private final TeamConversationStore conversations = new TeamConversationStore();
    private final TeamMessageStore messages = new TeamMessageStore(conversations);
    /** Messages are written many to a transaction, each acknowledged after its commit (group commit, as visitor chats'). */
    private final BatchWriter writer;

    InternalChatService(Jdbi jdbi, Clock clock, InternalChatDelivery delivery, ChatLinks links, Colleagues colleagues) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.delivery = delivery;
        this.links = links;
        this.colleagues = colleagues;
        this.writer = new BatchWriter(jdbi, "team-chat-writer");
    }

    /** Every conversation the caller is in, the most recently active first; each group's is made on first sight. */
    public List<TeamConversation> conversations(Principal caller) {
        caller.require(Role.AGENT);
        ensureGroupConversations();
        return jdbi.withHandle(handle -> describe(handle, caller.agentId(), conversations.of(handle, caller.agentId())));
    }

    /** Gives every group its conversation; a group made later gets one the next time anyone lists theirs. */
    void ensureGroupConversations() {
        retryingUniqueKeys(() -> {
            jdbi.useTransaction(handle -> conversations.ensureGroupConversations(handle, clock.instant()));
            return null;
        });
    }

    /** The caller's one-to-one conversation with a colleague, made on first use; the colleague's workstations hear of a new one. */
    public Direct direct(Principal caller, long agentId) {
        caller.require(Role.AGENT);
        if (agentId == caller.agentId()) {
            throw ApiException.invalid("a conversation needs a colleague", List.of(new FieldError("agentId", "a colleague, not yourself")));
        }
        if (!colleagues.isEnabledAgent(agentId)) {
            throw ApiException.notFound("agent " + agentId);
        }
        boolean[] created = {false};
        long id = retryingUniqueKeys(() -> jdbi.inTransaction(handle -> conversations.directBetween(handle, caller.agentId(), agentId)
                .orElseGet(() -> {
                    created[0] = true;
                    return conversations.insertDirect(handle, caller.agentId(), agentId, clock.instant());
                })));
        if (created[0]) {
            LOG.info("team conversation started: id={} by={} with agent {}", id, caller.login(), agentId);
            delivery.conversation(agentId, describe(agentId, id));
            delivery.conversation(caller.agentId(), describe(caller.agentId(), id));
        }
        return new Direct(describe(caller.agentId(), id), created[0]);
    }

    /**
     * Posts a message into a conversation the caller is in, or shares a visitor chat the caller
     * may read ({@code sharedChatId}, with {@code text} as an optional comment). Answers the stored
     * message after its commit; the same client id again answers the same message.
     */
    public TeamMessage post(Principal caller, long conversationId, String clientId, String text, Long sharedChatId) {
        return store(caller, conversationId, clientId, text, sharedChatId).message();
    }

    /** As {@link #post}, saying whether the message is new or a repeat of one stored earlier. */
    TeamMessageStore.Stored store(Principal caller, long conversationId, String clientId, String text, Long sharedChatId) {
        caller.require(Role.AGENT);
        String body = text == null && sharedChatId != null ? "" : text;
        List<FieldError> errors = new ArrayList<>();
        if (clientId == null || clientId.isBlank() || clientId.length() > NewMessage.MAX_CLIENT_ID) {
            errors.add(new FieldError("clientId", "1 to " + NewMessage.MAX_CLIENT_ID + " characters, chosen by the sender"));
        }
        if (body == null || (body.isBlank() && sharedChatId == null) || body.length() > NewMessage.MAX_TEXT) {
            errors.add(new FieldError("text", "1 to " + NewMessage.MAX_TEXT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the message is not valid", errors);
        }
        jdbi.useHandle(handle -> requireMember(handle, caller, conversationId));
        SharedChat shared = sharedChatId == null ? null : links.link(caller, sharedChatId);
        TeamMessageStore.Post post = new TeamMessageStore.Post(conversationId, clientId, caller.agentId(), body, shared, null, clock.instant());
        TeamMessageStore.Stored stored = retryingUniqueKeys(() -> join(writer.submit(handle -> messages.store(handle, post))));
        if (stored.isNew()) {
            // the members of the moment it was stored: one who joined or left meanwhile is counted as the database says now
            delivery.message(jdbi.withHandle(handle -> conversations.members(handle, conversationId)), stored.message());
        }
        return stored;
    }

    /**
     * A page of history: the newest {@code limit} before {@code before}, or the oldest after
     * {@code after}; with neither, the newest messages. A member of an ad-hoc group reads from
     * when they joined it.
     */
    public TeamMessagePage page(Principal caller, long conversationId, Long before, Long after, int limit) {
        caller.require(Role.AGENT);
        if (before != null && after != null) {
            throw ApiException.invalid("one direction at a time", List.of(new FieldError("before", "either before or after, not both")));
        }
        int bounded = Math.max(1, Math.min(limit, MAX_PAGE));
        return jdbi.withHandle(handle -> {
            long joined = requireMember(handle, caller, conversationId).joinedSeq();
            List<TeamMessage> found = after != null
                    ? messages.after(handle, conversationId, Math.max(after, joined), bounded + 1)
                    : messages.before(handle, conversationId, before == null ? Long.MAX_VALUE : before, joined, bounded + 1);
            boolean more = found.size() > bounded;
            if (!more) {
                return new TeamMessagePage(found, false);
            }
            // one more than asked was read to know whether more lie beyond: drop it from the far end
            return new TeamMessagePage(after != null ? found.subList(0, bounded) : found.subList(1, found.size()), true);
        });
    }

    /** Hands every message after {@code after} to {@code each}, in order, a page at a time. */
    public void resume(Principal caller, long conversationId, long after, Consumer<TeamMessage> each) {
        long from = Math.max(0, after);
        TeamMessagePage page;
        do {
            page = page(caller, conversationId, null, from, MAX_PAGE);
            for (TeamMessage message : page.messages()) {
                each.accept(message);
                from = message.seq();
            }
        } while (page.hasMore());
    }

    /** The caller is typing in the conversation, or stopped: its other members' workstations hear it (nothing is stored). */
    public void typing(Principal caller, long conversationId, boolean typing) {
        caller.require(Role.AGENT);
        Set<Long> members = jdbi.withHandle(handle -> {
            requireMember(handle, caller, conversationId);
            return conversations.members(handle, conversationId);
        });
        Set<Long> others = new java.util.TreeSet<>(members);
        others.remove(caller.agentId());
        delivery.typing(others, new TeamChatMessages.Typing(conversationId, typing, caller.agentId()));
    }

    /** The caller read the conversation up to {@code seq}; a mark that moved reaches their other workstations. */
    public void read(Principal caller, long conversationId, long seq) {
        caller.require(Role.AGENT);
        boolean moved = retryingUniqueKeys(() -> jdbi.inTransaction(handle -> {
            requireMember(handle, caller, conversationId);
            return conversations.markRead(handle, conversationId, caller.agentId(), seq);
        }));
        if (moved) {
            delivery.read(caller.agentId(), new TeamChatMessages.Read(conversationId, seq));
        }
    }

    /** The conversation as the caller sees it: 404 when it does not exist, 403 when they are not in it. */
    TeamConversationStore.ConversationRow requireMember(Handle handle, Principal caller, long conversationId) {
        TeamConversationStore.ConversationRow row = conversations.find(handle, conversationId, caller.agentId())
                .orElseThrow(() -> ApiException.notFound("team conversation " + conversationId));
        if (!conversations.isMember(handle, conversationId, caller.agentId())) {
            LOG.warn("agent refused: login={} is not in team conversation {}", caller.login(), conversationId);
            throw new ApiException(ProblemType.FORBIDDEN, "you are not in this conversation");
        }
        return row;
    }

    /** The conversation as {@code agentId} sees it. */
    TeamConversation describe(long agentId, long conversationId) {
        return jdbi.withHandle(handle -> describe(handle, agentId,
                List.of(conversations.find(handle, conversationId, agentId).orElseThrow()))).get(0);
    }

    private List<TeamConversation> describe(Handle handle, long agentId, List<TeamConversationStore.ConversationRow> rows) {
        Map<Long, Set<Long>> members = conversations.members(handle, rows.stream().map(TeamConversationStore.ConversationRow::id).toList());
        return TeamConversationStore.describe(rows, members, conversations.readMarks(handle, agentId));
    }

    /**
     * Runs a write that a concurrent one may refuse by a unique key (the same group conversation,
     * pair of colleagues, client id or first read mark, made by another node at the same moment):
     * the next attempt finds what the other one made.
     */
    static <T> T retryingUniqueKeys(java.util.function.Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (JdbiException e) {
                if (attempt >= ATTEMPTS || !refusedByUniqueKey(e)) {
                    throw e;
                }
                LOG.debug("a concurrent write got there first; trying again", e);
            }
        }
    }

    /** SQL state class 23: an integrity constraint refused the write. */
    private static boolean refusedByUniqueKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static <T> T join(java.util.concurrent.CompletableFuture<T> write) {
        try {
            return write.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Stores the messages still queued; call before the database closes. */
    @Override
    public void close() {
        writer.close();
    }
}
