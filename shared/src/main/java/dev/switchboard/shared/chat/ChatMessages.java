package dev.switchboard.shared.chat;

import java.util.Map;

/** Chat message types on both sockets ({@code /ws/visitor} and {@code /ws/agent}) and their payloads. */
public final class ChatMessages {

    /** Visitor to server: start a chat (or get the open one); {@link Start}. Answered by {@link #STARTED}. */
    public static final String START = "chat.start";
    /** Server to visitor: {@link Started}. */
    public static final String STARTED = "chat.started";
    /** Either way: to the server a {@link Post}; from the server a {@link ChatMessage}. */
    public static final String MESSAGE = "chat.message";
    /** Server to the sender: the message is stored under {@code seq}; {@link Ack}. */
    public static final String ACK = "chat.ack";
    /** To the server: send every message after {@code after}; {@link Resume}. */
    public static final String RESUME = "chat.resume";
    /** Server to visitor: queued (with position) or served by an agent; {@link Status}. */
    public static final String STATUS = "chat.status";
    /** Server to agent: a conversation was given to you; payload is the {@link Conversation}. */
    public static final String ASSIGNED = "chat.assigned";
    /** Server to agent: a chat waits for you to accept it until {@code expiresAt}; {@link Offer}. */
    public static final String OFFER = "chat.offer";
    /** Server to agent: the offer went to someone else (timed out or declined); {@link Withdrawn}. */
    public static final String OFFER_WITHDRAWN = "chat.offerWithdrawn";
    /** Agent to server: take the offered chat; {@link Accept}. */
    public static final String ACCEPT = "chat.accept";
    /** Agent to server: pass the offered chat on; {@link Accept}. */
    public static final String DECLINE = "chat.decline";
    /** Agent to server: hand the chat to an agent or a group; {@link Transfer}. */
    public static final String TRANSFER = "chat.transfer";
    /** Agent to server: invite a colleague into the chat; {@link Assist}. */
    public static final String ASSIST = "chat.assist";
    /** Supervisor to server: follow a chat read-only (notes included) from its first message; {@link Watch}. */
    public static final String WATCH = "chat.watch";
    /** Supervisor to server: stop following; {@link Watch}. */
    public static final String UNWATCH = "chat.unwatch";
    /** Either side ends the chat; {@link End}. Everyone in it then gets {@link #ENDED}. */
    public static final String END = "chat.end";
    /** Server to everyone in the chat: {@link Ended}. */
    public static final String ENDED = "chat.ended";
    /** Visitor to server, after the end: the satisfaction survey; {@link Rate}. */
    public static final String RATE = "chat.rate";
    /** Server to the chat's agents, once the visitor rated it: {@link Rated}. */
    public static final String RATED = "chat.rated";
    /** Either way, not stored: someone is typing or stopped; {@link Typing}. */
    public static final String TYPING = "chat.typing";
    /** Either way: the sender has read everything up to {@code seq}; {@link Read}. */
    public static final String READ = "chat.read";
    /**
     * To the server: the receiver's client holds every message up to {@code seq}; from the server:
     * how far the other side's client holds them. {@link Delivered}.
     */
    public static final String DELIVERED = "chat.delivered";
    /**
     * Server to agent: the waiting queues of the agent's groups, a {@link QueueSnapshot}; after the
     * welcome and whenever a queue changes, at most once a second.
     */
    public static final String QUEUE = "chat.queue";
    /**
     * Visitor to server: the visitor's earlier conversations, newest first, before {@code before}
     * ({@link History}); answered with the same type and a {@link HistoryPage}.
     */
    public static final String HISTORY = "chat.history";
    /**
     * Visitor to server, then server to the chat's agents: what the visitor is typing and has not
     * sent ({@link Draft}); only on sites with the typing preview on, never stored.
     */
    public static final String DRAFT = "chat.draft";

    // --- who works which chat (issue 11, ADR 0013) ---

    /** Agent to server: take a chat waiting in the queue of one of your groups; {@link Take}. It arrives as {@link #ASSIGNED}. */
    public static final String TAKE = "chat.take";
    /** Supervisor to server: give a waiting chat to an agent; {@link Assign}. */
    public static final String ASSIGN = "chat.assign";
    /** Supervisor to server: take a chat over from its agent; {@link TakeOver}. */
    public static final String TAKE_OVER = "chat.takeOver";
    /**
     * Server to agent: you are no longer in this chat because someone else moved it (a supervisor
     * took it over or transferred it, or it went back to the queue when you left); {@link Left}.
     */
    public static final String LEFT = "chat.left";

    private ChatMessages() {
    }

    /**
     * {@code chat.start}: the pre-chat form's answers by field key; {@code invitationId} when the
     * visitor answers an invitation (the form then asks only for an optional name, the invitation's
     * text is the chat's first line and the inviting agent gets the chat when free).
     */
    public record Start(Map<String, String> prechat, Long invitationId) {

        public Start(Map<String, String> prechat) {
            this(prechat, null);
        }
    }

    /** {@code chat.take}. */
    public record Take(long conversationId) {
    }

    /** {@code chat.assign}: the agent to give the chat to, and why (kept in its routing history and the audit log). */
    public record Assign(long conversationId, long agentId, String reason) {
    }

    /** {@code chat.takeOver}: why (kept in the chat's routing history and the audit log). */
    public record TakeOver(long conversationId, String reason) {
    }

    /**
     * {@code chat.left}: what moved the chat away ({@code why}, a routing step type such as
     * {@code TAKEN_OVER}, {@code TRANSFERRED} or {@code REQUEUED_OFFLINE}) and who ({@code by}, their
     * display name; null when nobody did, as for a requeue).
     */
    public record Left(long conversationId, dev.switchboard.shared.routing.RoutingStepType why, String by) {
    }

    /** {@code chat.started}. */
    public record Started(long conversationId, ConversationStatus status) {
    }

    /**
     * {@code chat.message} to the server; {@code note} (agents only) is seen by agents alone;
     * {@code attachmentId} sends an uploaded file, with {@code text} as its caption;
     * {@code sensitiveConfirmed} (agents only): the agent was warned of the sensitive words in it and sends it anyway.
     */
    public record Post(long conversationId, String clientId, String text, Boolean note, String attachmentId, Boolean sensitiveConfirmed) {

        public Post(long conversationId, String clientId, String text, Boolean note) {
            this(conversationId, clientId, text, note, null, null);
        }

        public Post(long conversationId, String clientId, String text, Boolean note, String attachmentId) {
            this(conversationId, clientId, text, note, attachmentId, null);
        }
    }

    /** {@code chat.ack}. */
    public record Ack(long conversationId, String clientId, long seq) {
    }

    /** {@code chat.resume}. */
    public record Resume(long conversationId, long after) {
    }

    /** {@code chat.offer}. */
    public record Offer(Conversation conversation, java.time.Instant expiresAt) {
    }

    /** {@code chat.offerWithdrawn}. */
    public record Withdrawn(long conversationId) {
    }

    /** {@code chat.accept} and {@code chat.decline}. */
    public record Accept(long conversationId) {
    }

    /** {@code chat.transfer}: exactly one of {@code toAgentId} and {@code toGroupId}; the note is for agents only. */
    public record Transfer(long conversationId, Long toAgentId, Long toGroupId, String note) {
    }

    /** {@code chat.assist}: the colleague to bring in. */
    public record Assist(long conversationId, long agentId) {
    }

    /** {@code chat.watch} and {@code chat.unwatch}. */
    public record Watch(long conversationId) {
    }

    /** {@code chat.end}. */
    public record End(long conversationId) {
    }

    /** {@code chat.ended}: who ended it ("visitor" or an agent's name). */
    public record Ended(long conversationId, String by) {
    }

    /** {@code chat.rate}: 1 to 5 stars and an optional comment. */
    public record Rate(long conversationId, int rating, String comment) {
    }

    /** {@code chat.rated}: the visitor's stars (1 to 5) and comment (may be null). */
    public record Rated(long conversationId, int rating, String comment) {
    }

    /** {@code chat.typing}; from the server it carries who types ({@code name}, null for the visitor). */
    public record Typing(long conversationId, boolean typing, String name) {
    }

    /** {@code chat.read}; from the server it carries who read ({@code reader}: "visitor" or an agent's name). */
    public record Read(long conversationId, long seq, String reader) {
    }

    /**
     * {@code chat.delivered}; from the server it carries whose client received the messages
     * ({@code receiver}: "visitor" or an agent's name, as {@link Read#reader()}).
     */
    public record Delivered(long conversationId, long seq, String receiver) {
    }

    /**
     * {@code chat.status}: {@code position} while queued (1 = next) with the estimated wait,
     * {@code agentName} once served; {@code leaveMessage} when nobody can take the chat soon and
     * the visitor is offered to leave a message instead (what they write is kept and answered later).
     * {@code seq} only in the answer to a {@code chat.resume}: every message up to it that is for
     * this receiver was sent before this status, so a number below it that never came is a note.
     */
    public record Status(long conversationId, ConversationStatus status, Integer position, String agentName,
                         Integer estimatedWaitSeconds, Boolean leaveMessage, Long seq) {

        public Status(long conversationId, ConversationStatus status, Integer position, String agentName) {
            this(conversationId, status, position, agentName, null, null, null);
        }

        public Status(long conversationId, ConversationStatus status, Integer position, String agentName,
                      Integer estimatedWaitSeconds, Boolean leaveMessage) {
            this(conversationId, status, position, agentName, estimatedWaitSeconds, leaveMessage, null);
        }
    }

    /** {@code chat.draft}: the visitor's unsent text as it is now; empty when they cleared or sent it. */
    public record Draft(long conversationId, String text) {
    }

    /** {@code chat.history} to the server: conversations older than {@code before} (null: the newest). */
    public record History(Long before) {
    }

    /** {@code chat.history} from the server: earlier conversations, newest first; {@code more} when older ones remain. */
    public record HistoryPage(java.util.List<PastChat> conversations, boolean more) {
    }

    /** One earlier conversation of the visitor with the messages they saw (no notes). */
    public record PastChat(long conversationId, ConversationStatus status, java.time.Instant createdAt, java.time.Instant endedAt,
                           java.util.List<ChatMessage> messages) {
    }
}
