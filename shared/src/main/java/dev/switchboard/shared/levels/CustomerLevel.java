package dev.switchboard.shared.levels;

/**
 * A customer level as administrators configure it ({@code GET /api/v1/customer-levels}): the name
 * staff give visitors and routing rules match (compared ignoring case), what it means, the queue
 * priority a chat of a visitor of this level waits with (0 to 100; higher is served first), an
 * optional {@code #rrggbb} colour for its badge, and its place in lists.
 */
public record CustomerLevel(long id, String name, String description, int queuePriority, String color, int position, long version) {

    /** The change-log entity of customer levels (seen by every agent: they set levels on visitors). */
    public static final String ENTITY = "customer_level";
}
