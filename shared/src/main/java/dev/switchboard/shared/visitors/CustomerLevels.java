package dev.switchboard.shared.visitors;

/**
 * Customer levels: a short label staff give a visitor (e.g. {@code VIP}, {@code Gold}). Routing
 * rules can match it (ignoring case), and the level of that name as administrators configure it
 * ({@code dev.switchboard.shared.levels.CustomerLevel}) gives the visitor's chats their queue
 * priority; a label no configured level has, and none, give 0.
 */
public final class CustomerLevels {

    public static final int MAX_LENGTH = 32;

    private CustomerLevels() {
    }

    /** Whether {@code level} is a label staff may set: 1 to 32 characters, no control characters, not only blanks. */
    public static boolean isValid(String level) {
        return level != null && !level.isBlank() && level.length() <= MAX_LENGTH && level.chars().noneMatch(Character::isISOControl);
    }
}
