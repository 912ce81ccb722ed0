package dev.switchboard.app.mailboxes;

import dev.switchboard.app.admin.AdminList;
import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.mail.Mailbox;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The Mailboxes section: the e-mail channel's mailboxes, searchable, the chosen one's editor, and
 * removing one. Followed through the change log ({@link AdminList}), so another administrator's
 * change shows at once. Administrators only (the backend refuses everyone else). FX thread.
 */
public final class MailboxesViewModel {

    private final MailboxesApi api;
    private final EntityChanges changes;
    private final I18n i18n;
    private final MailboxWords words;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;
    private final MailboxEditorViewModel editor;
    private final AdminList<Mailbox> mailboxes;

    MailboxesViewModel(MailboxesApi api, EntityChanges changes, I18n i18n, ReadOnlyObjectProperty<TeamSnapshot> team, Executor fx) {
        this.api = api;
        this.changes = changes;
        this.i18n = i18n;
        this.words = new MailboxWords(i18n);
        this.team = team;
        this.editor = new MailboxEditorViewModel(api, i18n, team, fx, this::saved);
        this.mailboxes = new AdminList<>(i18n, fx, api::list, Mailbox::id,
                box -> box.name() + " " + box.address() + " " + box.imapHost() + " " + box.smtpHost() + " " + groupOf(box), editor);
    }

    public void activate(Disposer disposer) {
        mailboxes.activate(disposer, changes);
    }

    public AdminList<Mailbox> mailboxes() {
        return mailboxes;
    }

    public MailboxEditorViewModel editor() {
        return editor;
    }

    public I18n i18n() {
        return i18n;
    }

    public ReadOnlyObjectProperty<TeamSnapshot> team() {
        return team;
    }

    public String groupOf(Mailbox box) {
        if (box.groupId() == null) {
            return "";
        }
        Group group = team.get() == null ? null : team.get().groups().get(box.groupId());
        return group == null ? "#" + box.groupId() : group.name();
    }

    public String imapOf(Mailbox box) {
        return words.server(box.imapUser(), box.imapHost(), box.imapPort(), box.imapTls());
    }

    /** How the last read went: its error, when it was, or that it was never read. */
    public String statusOf(Mailbox box) {
        if (box.lastError() != null) {
            return i18n.get("mailboxes.status.error", box.lastError());
        }
        if (box.lastPolledAt() == null) {
            return i18n.get("mailboxes.status.never");
        }
        return i18n.get("mailboxes.status.read", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .format(box.lastPolledAt().atZone(ZoneId.systemDefault())));
    }

    public void newMailbox() {
        mailboxes.newItem();
    }

    public void delete() {
        Mailbox box = mailboxes.selectedProperty().get();
        if (box == null) {
            return;
        }
        mailboxes.change(api.delete(box.id()), done -> {
            newMailbox();
            mailboxes.reload();
        });
    }

    public String deleteQuestion() {
        Mailbox box = mailboxes.selectedProperty().get();
        return box == null ? "" : i18n.get("mailboxes.delete.question", box.address());
    }

    private void saved(Mailbox box) {
        mailboxes.reloadChoosing(box.id());
    }
}
