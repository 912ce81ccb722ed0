package dev.switchboard.app.supervisor;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Under a chat a supervisor follows: "Transfer…" ({@link ChatTransfers}), and "Take over…", which asks for a reason (kept in the chat's
 * routing history and the audit log) and then makes the supervisor the chat's agent (ADR 0013):
 * its agent sees it leave, and the chat opens on the supervisor's Chats page. FX thread.
 */
final class TakeOverBar extends View<VBox> {

    private final WatchedChatViewModel watched;
    private final LongConsumer openChat;
    private final Function<Throwable, String> failureText;
    private final VBox root = new VBox(6);
    private final Button start = new Button(null, new FontIcon(Material2AL.ASSIGNMENT_IND));
    private final Button transfer = new Button(null, new FontIcon(Material2MZ.SWAP_HORIZ));
    private final HBox actions = new HBox(6, start, transfer);
    private final ChatTransfers transfers;
    private final TextField reason = new TextField();
    private final Button confirm = new Button();
    private final Button cancel = new Button();
    private final HBox asking = new HBox(6, reason, confirm, cancel);
    private final Label problem = new Label();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /**
     * @param openChat    shows a chat the supervisor now serves on their Chats page
     * @param failureText words a refusal
     */
    TakeOverBar(WatchedChatViewModel watched, LongConsumer openChat, Function<Throwable, String> failureText, ChatTransfers transfers) {
        this.watched = watched;
        this.transfers = transfers;
        this.openChat = openChat;
        this.failureText = failureText;
        root.setId("takeOverBar");
        start.setId("watchTakeOver");
        start.getStyleClass().add(Styles.SMALL);
        start.setOnAction(event -> ask(true));
        start.managedProperty().bind(start.visibleProperty());
        transfer.setId("watchTransfer");
        transfer.getStyleClass().add(Styles.SMALL);
        transfer.setOnAction(event -> {
            OngoingChat chat = watched.watched().getValue();
            if (chat != null) {
                transfers.open(chat, root.getScene().getWindow());
            }
        });
        actions.setAlignment(Pos.CENTER_LEFT);
        reason.setId("takeOverReason");
        HBox.setHgrow(reason, Priority.ALWAYS);
        reason.setOnAction(event -> takeOver());
        confirm.setId("takeOverConfirm");
        confirm.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        confirm.setOnAction(event -> takeOver());
        cancel.setId("takeOverCancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(event -> ask(false));
        asking.setAlignment(Pos.CENTER_LEFT);
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        root.getChildren().addAll(actions, asking, problem);
        ask(false);
    }

    @Override
    public VBox root() {
        return root;
    }

    private void ask(boolean shown) {
        asking.setVisible(shown);
        asking.setManaged(shown);
        actions.setVisible(!shown);
        actions.setManaged(!shown);
        problem.setVisible(false);
        if (shown) {
            reason.requestFocus();
        } else {
            reason.clear();
        }
    }

    private void takeOver() {
        OngoingChat chat = watched.watched().getValue();
        if (chat == null || busy.get()) {
            return;
        }
        busy.set(true);
        watched.chats().takeOver(chat.conversationId(), reason.getText()).whenCompleteAsync((ok, failure) -> {
            busy.set(false);
            if (failure != null) {
                problem.setText(failureText.apply(failure));
                problem.setVisible(true);
                return;
            }
            ask(false);
            openChat.accept(chat.conversationId());
        }, watched.fx());
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = watched.i18n();
        disposer.bind(start.textProperty(), i18n.text("supervisor.takeOver"));
        disposer.bind(transfer.textProperty(), i18n.text("supervisor.transfer"));
        disposer.bind(reason.promptTextProperty(), i18n.text("supervisor.takeOver.reason"));
        disposer.bind(confirm.textProperty(), i18n.text("supervisor.takeOver.confirm"));
        disposer.bind(cancel.textProperty(), i18n.text("chat.dialog.cancel"));
        disposer.bind(confirm.disableProperty(), busy);
        // only a chat an agent serves is taken over (a waiting one is assigned); either is transferred
        disposer.observe(watched.watched(), chat -> {
            ask(false);
            start.setVisible(watched.servedByAnAgent());
            root.setVisible(chat != null);
            root.setManaged(chat != null);
        });
    }
}
