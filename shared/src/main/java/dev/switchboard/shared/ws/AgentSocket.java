package dev.switchboard.shared.ws;

/** Constants of the agent WebSocket handshake. */
public final class AgentSocket {

    /** Path of the agent WebSocket. The token travels in the {@code Authorization: Bearer} header. */
    public static final String PATH = "/ws/agent";
    /** Close code sent when the session has ended and reconnecting with the same token is useless. */
    public static final int CLOSE_SESSION_ENDED = 4401;

    private AgentSocket() {
    }
}
