package dev.switchboard.shared.mail;

/**
 * Body of {@code POST /api/v1/mailboxes} and {@code PUT /api/v1/mailboxes/{id}}. On a change, a
 * password left out (null) keeps the stored one and {@code ""} removes it; {@code version} is the
 * version the change was made from. Defaults: IMAP folder {@code INBOX}, poll every 60 seconds, 3
 * automatic mails per ticket and hour, enabled.
 */
public record NewMailbox(String name, String address, String imapHost, Integer imapPort, Boolean imapTls, String imapUser,
                         String imapPassword, String imapFolder, String smtpHost, Integer smtpPort, Boolean smtpTls, String smtpUser,
                         String smtpPassword, Long groupId, Integer pollSeconds, Integer autoRepliesPerHour, Boolean enabled, Long version) {
}
