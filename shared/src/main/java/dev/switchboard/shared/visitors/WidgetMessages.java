package dev.switchboard.shared.visitors;

/** The {@code type}s of the visitor WebSocket {@code /ws/visitor}, spoken by the widget and the simulator. */
public final class WidgetMessages {

    public static final String PATH = "/ws/visitor";

    /** Widget to server, first message: {@link Hello}. */
    public static final String HELLO = "hello";
    /** Server to widget: {@link Welcome}. */
    public static final String WELCOME = "welcome";
    /** Widget to server: a single-page site moved to another page without a reload; a {@link PageView}. */
    public static final String PAGE = "page";
    /** Widget to server: the visitor is still there; {@link Heartbeat}. */
    public static final String HEARTBEAT = "heartbeat";
    /** Widget to server: the page is being left; {@link Leave}. */
    public static final String LEAVE = "leave";
    /** Server to widget: an invitation to chat; {@link WidgetInvitation}. */
    public static final String INVITATION = "invitation";
    /** Widget to server: {@link InvitationResponse} with what the visitor did. */
    public static final String INVITATION_SHOWN = "invitation.shown";
    public static final String INVITATION_ACCEPTED = "invitation.accepted";
    public static final String INVITATION_DECLINED = "invitation.declined";
    /** Server to widget before closing: the visitor is blocked. */
    public static final String BLOCKED = "blocked";
    /** Server to widget: a message was refused; payload is a {@code WsErrorPayload}, {@code ref} naming the refused message's id. */
    public static final String ERROR = "error";

    /** Close code: blocked; the widget must not reconnect. */
    public static final int CLOSE_BLOCKED = 4403;
    /** Close code: the widget broke the protocol (flood, oversized or malformed messages). */
    public static final int CLOSE_VIOLATION = 4400;
    /** Close code: too many sockets from the client's address; the widget tries again later. */
    public static final int CLOSE_TOO_MANY = 4429;

    private WidgetMessages() {
    }

    /**
     * First message of each page's socket. {@code visitorId} and {@code token} are what an earlier
     * welcome gave this browser (both null on a first visit).
     */
    public record Hello(String site, String visitorId, String token, PageView page) {
    }

    /**
     * Answer to hello: the browser's identity (new or confirmed) and what the widget needs;
     * {@code typingPreview}: the site's agents see what the visitor types before sending, so the
     * widget sends its drafts ({@code chat.draft}) and tells the visitor.
     */
    public record Welcome(String visitorId, String token, boolean returning, PrechatForm prechat, boolean typingPreview) {

        public Welcome(String visitorId, String token, boolean returning, PrechatForm prechat) {
            this(visitorId, token, returning, prechat, false);
        }
    }

    /** Periodic sign of life; {@code visible} tells whether the tab is in the foreground. */
    public record Heartbeat(boolean visible) {
    }

    /** The page is being left after {@code seconds} on it. */
    public record Leave(long seconds) {
    }

    /** An invitation as the widget shows it. */
    public record WidgetInvitation(long invitationId, String message, String agentName, boolean forced) {
    }

    /** The widget's report on an invitation. */
    public record InvitationResponse(long invitationId) {
    }
}
