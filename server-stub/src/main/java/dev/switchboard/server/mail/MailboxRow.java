package dev.switchboard.server.mail;

import dev.switchboard.shared.mail.Mailbox;
import java.time.Instant;

/**
 * A mailbox as stored, passwords encrypted ({@link MailSecrets}); never answered as it is, only
 * through {@link #toMailbox()}, which says whether a password is set and nothing more.
 */
public record MailboxRow(long id, String name, String address, String imapHost, int imapPort, boolean imapTls, String imapUser,
                         String imapPassword, String imapFolder, String smtpHost, int smtpPort, boolean smtpTls, String smtpUser,
                         String smtpPassword, Long groupId, int pollSeconds, int autoRepliesPerHour, boolean enabled, long version,
                         Instant lastPolledAt, String lastError, String language) {

    Mailbox toMailbox() {
        return new Mailbox(id, name, address, imapHost, imapPort, imapTls, imapUser, imapPassword != null, imapFolder, smtpHost, smtpPort,
                smtpTls, smtpUser, smtpPassword != null, groupId, pollSeconds, autoRepliesPerHour, enabled, version, lastPolledAt, lastError, language);
    }

    /** Never the passwords, should a row ever be logged. */
    @Override
    public String toString() {
        return "mailbox " + id + " <" + address + ">";
    }
}
