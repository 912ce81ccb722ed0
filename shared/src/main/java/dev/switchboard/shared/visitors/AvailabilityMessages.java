package dev.switchboard.shared.visitors;

/**
 * Whether someone who could answer the visitor's chat is there, on the visitor socket (beside
 * {@link WidgetMessages}): the widget asks with {@link #ASK}, the server answers that page with
 * {@link #AVAILABILITY}. The answer follows the groups the visitor's chat could be routed to, or the
 * one their pre-chat question routes to: someone of such a group online, and the group within its
 * business hours.
 */
public final class AvailabilityMessages {

    /** Widget to server: {@link Ask}. */
    public static final String ASK = "availability.ask";
    /** Server to widget: {@link Availability}. */
    public static final String AVAILABILITY = "availability";

    private AvailabilityMessages() {
    }

    /** Why nobody can answer: nobody of the groups is online, or every one of them is closed now. */
    public enum Reason {
        NOBODY_ONLINE, CLOSED
    }

    /** {@code questionType}: the pre-chat question the visitor picked, or null when none yet. */
    public record Ask(String questionType) {
    }

    /** {@code reason} null when available; {@code questionType} as asked. */
    public record Availability(boolean available, Reason reason, String questionType) {
    }
}
