package dev.switchboard.app.mailboxes;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.AdminListView;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.mail.Mailbox;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The Mailboxes section: search and actions on top, the mailboxes on the left (sortable), the chosen one's editor on the right. */
final class MailboxesView extends View<BorderPane> {

    private final MailboxesViewModel model;
    private final I18n i18n;
    private final AdminListView<Mailbox> list = new AdminListView<>("mailboxes", "mailbox", Mailbox::id);
    private final Button newMailbox = new Button(null, new FontIcon(Material2AL.ADD));
    private final Button delete = new Button(null, new FontIcon(Material2AL.DELETE));
    private final MailboxEditorView editor;

    MailboxesView(MailboxesViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        this.editor = new MailboxEditorView(model.editor(), i18n);
        build();
    }

    @Override
    public BorderPane root() {
        return list.root();
    }

    private void build() {
        newMailbox.setId("mailboxNew");
        newMailbox.getStyleClass().add(Styles.ACCENT);
        newMailbox.setOnAction(event -> model.newMailbox());
        delete.setId("mailboxDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> list.confirm().ask(model.deleteQuestion(), i18n.get("mailboxes.delete"), model::delete));
        list.actions(List.of(newMailbox), List.of(delete));
        list.column("mailboxes.column.name", Mailbox::name).setPrefWidth(120);
        list.column("mailboxes.column.address", Mailbox::address).setPrefWidth(170);
        list.column("mailboxes.column.imap", model::imapOf).setPrefWidth(190);
        list.column("mailboxes.column.group", model::groupOf).setPrefWidth(100);
        list.column("mailboxes.column.enabled", box -> box.enabled() ? "✓" : "–").setPrefWidth(50);
        list.column("mailboxes.column.status", model::statusOf).setPrefWidth(160);
        list.dimWhen(box -> !box.enabled());
        list.beside(editor.root(), 0.5);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        list.bind(disposer, i18n, model.mailboxes());
        disposer.bind(delete.disableProperty(), model.mailboxes().selectedProperty().isNull());
        disposer.bind(newMailbox.textProperty(), i18n.text("mailboxes.new"));
        disposer.bind(delete.textProperty(), i18n.text("mailboxes.delete"));
        disposer.invalidated(model.team(), observable -> list.table().refresh());
        editor.activate();
        disposer.onDispose(editor::deactivate);
    }
}
