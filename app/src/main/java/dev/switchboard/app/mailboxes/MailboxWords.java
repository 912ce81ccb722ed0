package dev.switchboard.app.mailboxes;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.mail.MailboxRules;
import dev.switchboard.shared.mail.NewMailbox;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.TicketRules;
import java.util.Map;

/**
 * Mailboxes in the reader's language: one for the stale-version pane (passwords only said to be
 * changed, never shown) and the shared rules' and the backend's refusals.
 */
final class MailboxWords {

    /** The backend's own checks, beyond the shared rules (see the mail package's MailboxService). */
    static final String GROUP_UNKNOWN = "an existing group";
    static final String ADDRESS_TAKEN = "an address no other mailbox has";

    private final I18n i18n;

    MailboxWords(I18n i18n) {
        this.i18n = i18n;
    }

    String describe(NewMailbox box, Map<Long, Group> groups) {
        Group group = box.groupId() == null ? null : groups.get(box.groupId());
        return line("mailboxes.field.name", box.name()) + line("mailboxes.field.address", box.address())
                + line("mailboxes.field.imap", server(box.imapUser(), box.imapHost(), box.imapPort(), box.imapTls()))
                + line("mailboxes.field.imapFolder", box.imapFolder())
                + password("mailboxes.field.imapPassword", box.imapPassword(), box.removesImapPassword())
                + line("mailboxes.field.smtp", server(box.smtpUser(), box.smtpHost(), box.smtpPort(), box.smtpTls()))
                + password("mailboxes.field.smtpPassword", box.smtpPassword(), box.removesSmtpPassword())
                + line("mailboxes.field.group", group == null ? "" : group.name())
                + line("mailboxes.field.pollSeconds", box.pollSeconds() == null ? "" : box.pollSeconds().toString())
                + line("mailboxes.field.autoReplies", box.autoRepliesPerHour() == null ? "" : box.autoRepliesPerHour().toString())
                + line("mailboxes.field.language", box.language() == null ? "" : i18n.get("mailboxes.language." + box.language()))
                + i18n.get("mailboxes.field.enabled") + ": " + i18n.get(box.enabled() == null || box.enabled() ? "mailboxes.yes" : "mailboxes.no");
    }

    /** A refusal's message in the reader's language; one the workstation does not know is shown as sent. */
    FieldError word(FieldError error) {
        String key = switch (error.message()) {
            case MailboxRules.REQUIRED -> "mailboxes.error.required";
            case MailboxRules.NAME_LENGTH -> "mailboxes.error.name";
            case MailboxRules.HOST_FORMAT -> "mailboxes.error.host";
            case MailboxRules.PORT_RANGE -> "mailboxes.error.port";
            case MailboxRules.TEXT_LENGTH -> "mailboxes.error.text";
            case MailboxRules.PASSWORD_LENGTH -> "mailboxes.error.password";
            case MailboxRules.POLL_RANGE -> "mailboxes.error.poll";
            case MailboxRules.AUTO_REPLIES_RANGE -> "mailboxes.error.autoReplies";
            case MailboxRules.VERSION_REQUIRED -> "mailboxes.error.version";
            case TicketRules.EMAIL_FORMAT -> "mailboxes.error.address";
            case GROUP_UNKNOWN -> "mailboxes.error.group";
            case ADDRESS_TAKEN -> "mailboxes.error.addressTaken";
            default -> null;
        };
        return key == null ? error : new FieldError(error.field(), i18n.get(key));
    }

    /** {@code user@host:port}, and whether the connection is encrypted. */
    String server(String user, String host, Integer port, Boolean tls) {
        String address = (user == null || user.isBlank() ? "" : user + "@") + (host == null ? "" : host) + (port == null ? "" : ":" + port);
        return address + " · " + i18n.get(tls == null || tls ? "mailboxes.tls.on" : "mailboxes.tls.off");
    }

    private String line(String key, String value) {
        return i18n.get(key) + ": " + (value == null ? "" : value) + "\n";
    }

    /** Whether this change sets a new password or removes the stored one, never the password itself. */
    private String password(String key, String password, boolean removed) {
        if (removed) {
            return line(key, i18n.get("mailboxes.password.removed"));
        }
        return password == null ? "" : line(key, i18n.get("mailboxes.password.changed"));
    }
}
