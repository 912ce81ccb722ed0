package dev.switchboard.app.chat.ui;

import java.util.Optional;

/**
 * A canned-reply shortcut being typed: {@code /ref} just before the caret, at the start of the
 * text or after a space. {@code typed} is the shortcut without the slash (empty right after it).
 */
public record CannedCompletion(int start, int end, String typed) {

    public static Optional<CannedCompletion> at(String text, int caret) {
        if (text == null || caret < 1 || caret > text.length()) {
            return Optional.empty();
        }
        int start = caret;
        while (start > 0 && isShortcutChar(text.charAt(start - 1))) {
            start--;
        }
        if (start == 0 || text.charAt(start - 1) != '/') {
            return Optional.empty();
        }
        int slash = start - 1;
        if (slash > 0 && !Character.isWhitespace(text.charAt(slash - 1))) {
            return Optional.empty();
        }
        return Optional.of(new CannedCompletion(slash, caret, text.substring(start, caret)));
    }

    /** The text with the shortcut replaced. */
    public String apply(String text, String replacement) {
        return text.substring(0, start) + replacement + text.substring(end);
    }

    /** Where the caret goes after {@link #apply}: right after the inserted reply. */
    public int caretAfter(String replacement) {
        return start + replacement.length();
    }

    private static boolean isShortcutChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }
}
