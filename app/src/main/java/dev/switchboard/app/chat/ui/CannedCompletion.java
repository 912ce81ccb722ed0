package dev.switchboard.app.chat.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the agent is typing that a canned reply may complete: the text from {@code start} to
 * {@code end} (the caret), and {@code typed}, what is searched for.
 *
 * <ul>
 *   <li>A shortcut ({@code slash}): {@code /ref} just before the caret, at the start of the text or
 *       after a space; {@code typed} is without the slash (empty right after it).</li>
 *   <li>A word: the letters before the caret back to a space or a punctuation mark, with the caret
 *       at its end. Chinese has no spaces, so {@link #tails()} offers its endings too: in
 *       {@code 您好关于退款} the word {@code 退款} is what finds the refund reply.</li>
 * </ul>
 */
public record CannedCompletion(int start, int end, String typed, boolean slash) {

    /** Longer words are sentences, not something to search for. */
    static final int MAX_WORD = 30;

    /** The {@code /shortcut} being typed, if any. */
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
        return Optional.of(new CannedCompletion(slash, caret, text.substring(start, caret), true));
    }

    /** The word that ends at the caret, if the caret is at the end of one (and it is not a shortcut). */
    public static Optional<CannedCompletion> word(String text, int caret) {
        if (text == null || caret < 1 || caret > text.length() || (caret < text.length() && isWordChar(text.charAt(caret)))) {
            return Optional.empty();
        }
        int start = caret;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        if (start == caret || caret - start > MAX_WORD || (start > 0 && text.charAt(start - 1) == '/')) {
            return Optional.empty();
        }
        return Optional.of(new CannedCompletion(start, caret, text.substring(start, caret), false));
    }

    /**
     * The word, then (when it holds Chinese) its endings down to two characters, longest first;
     * a shortcut is only itself.
     */
    public List<CannedCompletion> tails() {
        List<CannedCompletion> tails = new ArrayList<>(List.of(this));
        if (!slash && typed.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            for (int from = start + 1; end - from >= 2; from++) {
                tails.add(new CannedCompletion(from, end, typed.substring(from - start), false));
            }
        }
        return tails;
    }

    /** The text with what was typed replaced. */
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

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }
}
