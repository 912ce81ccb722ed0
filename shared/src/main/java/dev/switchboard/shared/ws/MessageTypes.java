package dev.switchboard.shared.ws;

/** The {@link Envelope#type()} values of the agent WebSocket {@code /ws/agent}. */
public final class MessageTypes {

    /** Server to client, first message: the agent and the server's versions. */
    public static final String WELCOME = "welcome";
    /** Client to server: send every change after {@code payload.after}, then keep sending live ones. */
    public static final String SYNC_SUBSCRIBE = "sync.subscribe";
    /** Server to client: one change of the change log; {@code seq} is the change's sequence. */
    public static final String CHANGE = "change";
    /** Server to client: the backlog asked for by {@link #SYNC_SUBSCRIBE} has been sent. */
    public static final String SYNC_CAUGHT_UP = "sync.caughtUp";
    /** Client to server: the agent picks a status ({@code ONLINE}, {@code BUSY}, {@code AWAY}). */
    public static final String STATUS_SET = "status.set";
    /** Either way: the message whose id is {@code payload.ref} was processed. */
    public static final String ACK = "ack";
    /** Server to client: the message whose id is {@code payload.ref} was refused; payload is a problem. */
    public static final String ERROR = "error";
    /** Server to client before closing: the session ended (logout, account disabled, expiry). */
    public static final String SESSION_ENDED = "session.ended";
    /**
     * Server to client: the agent's own account changed (role, groups); payload is the {@code Agent}
     * as it is now. Every later message is checked against it; watched chats, offers and queues the
     * account may no longer have are gone already.
     */
    public static final String ACCOUNT_CHANGED = "account.changed";

    /** Client to server: send the online visitors, then batches of changes to them. */
    public static final String VISITORS_SUBSCRIBE = "visitors.subscribe";
    /** Server to client: every online visitor ({@code VisitorBatch}). */
    public static final String VISITORS_SNAPSHOT = "visitors.snapshot";
    /** Server to client: visitors changed or gone since the last batch ({@code VisitorBatch}). */
    public static final String VISITORS_BATCH = "visitors.batch";

    private MessageTypes() {
    }
}
