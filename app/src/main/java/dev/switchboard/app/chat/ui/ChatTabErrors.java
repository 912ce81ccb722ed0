package dev.switchboard.app.chat.ui;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Why the last action in a chat tab failed, shared by the tab's parts (the input, the actions on
 * the chat, saving a file): each action clears it when it starts and sets it when it fails, so
 * the tab shows one line about what went wrong last. FX thread.
 */
final class ChatTabErrors {

    private final ChatsContext context;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    ChatTabErrors(ChatsContext context) {
        this.context = context;
    }

    /** Runs {@code action}; when it fails, says why and hands the failure to {@code onFailure} (on the FX thread). */
    void run(CompletionStage<Void> action, Consumer<Throwable> onFailure) {
        clear();
        action.whenCompleteAsync((ok, failure) -> {
            if (failure != null) {
                show(context.texts().failure(failure));
                onFailure.accept(failure);
            }
        }, context.fx());
    }

    void clear() {
        error.set("");
    }

    void show(String why) {
        error.set(why);
    }

    /** Empty when the last action did not fail. */
    ReadOnlyStringProperty property() {
        return error.getReadOnlyProperty();
    }
}
