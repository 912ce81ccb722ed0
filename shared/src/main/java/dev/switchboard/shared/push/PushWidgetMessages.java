package dev.switchboard.shared.push;

/**
 * The visitor socket's messages about pushes (beside {@code WidgetMessages}): the server sends
 * {@link #PUSH} (when sent, and again to later pages while pending, {@link #PENDING}); the widget reports what the visitor did with {@link #SHOWN}, {@link #CLICKED} and
 * {@link #DISMISSED}, each a {@link PushEvent}. Reports are idempotent: the first of each counts.
 */
public final class PushWidgetMessages {

    /** Server to widget: a {@link WidgetPush} to show. */
    public static final String PUSH = "push";
    /**
     * Widget to server, on each welcome (no payload needed): the server answers with a {@link #PUSH}
     * for each push still pending for the visitor, so that a push outlives the page it was sent to.
     */
    public static final String PENDING = "push.pending";
    public static final String SHOWN = "push.shown";
    public static final String CLICKED = "push.clicked";
    public static final String DISMISSED = "push.dismissed";

    private PushWidgetMessages() {
    }

    /**
     * What the widget shows. Every text is shown as text; {@code imageUrl} and {@code linkUrl} are
     * http or https (the widget checks again and leaves out anything else).
     */
    public record WidgetPush(long pushId, PushKind kind, String title, String text, String imageUrl, String linkUrl) {
    }

    /** The widget's report on a push. */
    public record PushEvent(long pushId) {
    }
}
