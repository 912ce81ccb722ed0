package dev.switchboard.shared.visitors;

import java.util.Locale;
import java.util.Map;

/**
 * Customer levels: a short label staff give a visitor (e.g. {@code VIP}, {@code Gold}). Routing
 * rules can match it, and a few levels make the visitor's chats jump the queue: a chat started by
 * a visitor of such a level gets its {@link #priority}; every other level and none get 0.
 */
public final class CustomerLevels {

    public static final int MAX_LENGTH = 32;
    /** The levels that give priority in the queue (matched ignoring case), and how much. */
    public static final Map<String, Integer> PRIORITIES = Map.of("VIP", 10);

    private CustomerLevels() {
    }

    /** The queue priority of a chat started by a visitor of this level (null: none). */
    public static int priority(String level) {
        return level == null ? 0 : PRIORITIES.getOrDefault(level.strip().toUpperCase(Locale.ROOT), 0);
    }

    /** Whether {@code level} is a label staff may set: 1 to 32 characters, no control characters, not only blanks. */
    public static boolean isValid(String level) {
        return level != null && !level.isBlank() && level.length() <= MAX_LENGTH && level.chars().noneMatch(Character::isISOControl);
    }
}
