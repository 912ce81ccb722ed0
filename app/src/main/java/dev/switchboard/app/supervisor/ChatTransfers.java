package dev.switchboard.app.supervisor;

import dev.switchboard.app.chat.ui.ChatsContext;
import dev.switchboard.app.chat.ui.HandOverView;
import dev.switchboard.app.chat.ui.HandOverViewModel;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.app.platform.ViewWindow;
import javafx.stage.Window;

/**
 * A supervisor transfers a chat from the Supervisor page, one they watch or see in the list of
 * ongoing chats: the chats page's transfer dialog (colleagues with their groups and load, or a
 * group's queue), with a reason the chat's agents see as a note and its routing history keeps.
 * One dialog at a time, modal to the page's window. FX thread.
 */
final class ChatTransfers {

    private final ChatsContext context;
    private final ThemeManager themes;
    /** Runs when a dialog closes, whether the chat went or not: the list shows where it is now. */
    private Runnable closed = () -> { };
    private ViewWindow dialog;

    ChatTransfers(ChatsContext context, ThemeManager themes) {
        this.context = context;
        this.themes = themes;
    }

    void afterClose(Runnable step) {
        this.closed = step;
    }

    void open(OngoingChat chat, Window owner) {
        close();
        HandOverViewModel model = HandOverViewModel.supervisorTransfer(chat.conversationId(), chat.visitorName(), chat.ownerId(), context);
        dialog = new ViewWindow(new HandOverView(model, this::close), themes, context.texts().i18n().text("chat.transfer.title"),
                ViewWindow.FIT, ViewWindow.FIT)
                .modalTo(owner)
                .onCloseRequest(this::close);
        dialog.stage().setResizable(false);
        dialog.show();
    }

    void close() {
        if (dialog != null) {
            dialog.close();
            dialog = null;
            closed.run();
        }
    }
}
