package dev.switchboard.app.mailboxes;

import dev.switchboard.app.admin.AdminSection;
import dev.switchboard.app.admin.AdminSections;
import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.mail.Mailbox;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Mailboxes section of the Administration page: the mailboxes the e-mail channel of tickets
 * reads and sends from (ADR 0035). Administrators only. The change log's {@code mailbox} changes
 * keep an open section up to date.
 */
public final class MailboxesFeature implements Feature {

    /** The session's mailbox changes, under a type of this feature's own. */
    static final class MailboxChanges extends EntityChanges {
        MailboxChanges() {
            super(Mailbox.ENTITY);
        }
    }

    @Override
    public void joinSession(SessionContext session) {
        MailboxChanges changes = new MailboxChanges();
        session.sync(changes);
        session.provide(MailboxChanges.class, changes);
    }

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        MailboxesApi api = new MailboxesApi(app.api(), window.live().session(), app.background().io());
        window.require(AdminSections.class).add(new AdminSection("mailboxes", Material2MZ.MAIL_OUTLINE, Role.ADMIN,
                () -> new MailboxesView(new MailboxesViewModel(api, window.require(MailboxChanges.class), app.i18n(),
                        window.live().team().snapshotProperty(), app.fx()))));
    }
}
