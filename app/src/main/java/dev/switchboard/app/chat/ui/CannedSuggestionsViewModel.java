package dev.switchboard.app.chat.ui;

import dev.switchboard.app.chat.CannedReplies;
import dev.switchboard.app.chat.Chat;
import dev.switchboard.shared.chat.CannedReply;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Canned-reply completion in a chat's message box: the replies that fit the {@code /shortcut} or
 * the word before the caret, found again as the agent types or moves the caret, and the completion
 * that puts the chosen reply (placeholders filled) in place of what they were found for. FX thread.
 */
public final class CannedSuggestionsViewModel {

    private final ChatsContext context;
    private final Supplier<Chat> chat;
    private final StringProperty input;
    private final IntegerProperty caret;
    private final ObservableList<CannedReply> suggestions = FXCollections.observableArrayList();
    /** What the suggestions would replace; null when none are shown. */
    private CannedCompletion suggested;
    /** The input as a completion left it: no suggestions for the reply's own last words until the agent types on. */
    private String completedText;

    /** @param input and {@code caret}: the message box's text and caret, followed from now on */
    CannedSuggestionsViewModel(ChatsContext context, Supplier<Chat> chat, StringProperty input, IntegerProperty caret) {
        this.context = context;
        this.chat = chat;
        this.input = input;
        this.caret = caret;
        input.addListener((observable, before, now) -> refresh());
        caret.addListener((observable, before, now) -> refresh());
    }

    /** Canned replies for the {@code /shortcut} or the word being typed; empty when none fits. */
    public ObservableList<CannedReply> suggestions() {
        return suggestions;
    }

    /**
     * Replaces what the suggestions were found for (a {@code /shortcut} or a word) with the reply,
     * placeholders filled; answers where the caret goes.
     */
    public int complete(CannedReply reply) {
        CannedCompletion completion = suggested;
        if (completion == null || completion.end() > input.get().length()) {
            return caret.get();
        }
        String filled = CannedReplies.fill(reply, chat.get().visitorName(), context.selfName(),
                context.texts().i18n().get("chat.canned.visitorFallback"));
        completedText = completion.apply(input.get(), filled);
        input.set(completedText);
        suggestions.clear();
        suggested = null;
        return completion.caretAfter(filled);
    }

    public void dismiss() {
        suggestions.clear();
        suggested = null;
    }

    /**
     * Whether the suggestions are for a {@code /shortcut}, which Enter completes; those found for a
     * word as the agent types leave Enter to send, and Tab (or a pick with the arrows) completes them.
     */
    public boolean forShortcut() {
        return suggested != null && suggested.slash();
    }

    private void refresh() {
        String text = input.get();
        CannedCompletion found = null;
        List<CannedReply> replies = List.of();
        Optional<CannedCompletion> shortcut = CannedCompletion.at(text, caret.get());
        if (shortcut.isPresent()) {
            found = shortcut.get();
            replies = context.canned().matching(found.typed());
        } else if (!text.equals(completedText)) {
            completedText = null;
            for (CannedCompletion tail : CannedCompletion.word(text, caret.get()).map(CannedCompletion::tails).orElse(List.of())) {
                replies = context.canned().suggest(tail.typed());
                if (!replies.isEmpty()) {
                    found = tail;
                    break;
                }
            }
        }
        suggested = replies.isEmpty() ? null : found;
        if (!replies.equals(suggestions)) {
            suggestions.setAll(replies);
        }
    }
}
