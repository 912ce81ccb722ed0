package dev.switchboard.shared.mail;

/**
 * Body of {@code POST /api/v1/mailboxes} and {@code PUT /api/v1/mailboxes/{id}} (and of the connection tests). On a
 * change, a password left out (null) keeps the stored one, and only {@code removeImapPassword} /
 * {@code removeSmtpPassword} remove it (ADR 0046: an empty password is refused, so that an empty field can never
 * remove one by mistake); {@code version} is the version the change was made from. Defaults: IMAP folder {@code INBOX}, poll every 60 seconds, 3
 * automatic mails per ticket and hour, enabled, language {@code zh-CN}.
 *
 * @param language the language of the texts the backend writes into this mailbox's mails (subject prefix, footer):
 *                 {@code zh-CN} or {@code en} ({@link MailboxRules#LANGUAGES}); null keeps the stored one, or the default
 * @param removeImapPassword true removes the stored IMAP password (then {@code imapPassword} must be left out); null or false keeps it
 * @param removeSmtpPassword the same for the SMTP password
 */
public record NewMailbox(String name, String address, String imapHost, Integer imapPort, Boolean imapTls, String imapUser,
                         String imapPassword, String imapFolder, String smtpHost, Integer smtpPort, Boolean smtpTls, String smtpUser,
                         String smtpPassword, Long groupId, Integer pollSeconds, Integer autoRepliesPerHour, Boolean enabled, Long version,
                         String language, Boolean removeImapPassword, Boolean removeSmtpPassword) {

    /** The shape before passwords could be removed explicitly (ADR 0046): nothing is removed. */
    public NewMailbox(String name, String address, String imapHost, Integer imapPort, Boolean imapTls, String imapUser, String imapPassword,
                      String imapFolder, String smtpHost, Integer smtpPort, Boolean smtpTls, String smtpUser, String smtpPassword, Long groupId,
                      Integer pollSeconds, Integer autoRepliesPerHour, Boolean enabled, Long version, String language) {
        this(name, address, imapHost, imapPort, imapTls, imapUser, imapPassword, imapFolder, smtpHost, smtpPort, smtpTls, smtpUser, smtpPassword,
                groupId, pollSeconds, autoRepliesPerHour, enabled, version, language, null, null);
    }

    /** The shape before mailboxes had a language (ADR 0041): callers and older peers keep working, the language stays as it is. */
    public NewMailbox(String name, String address, String imapHost, Integer imapPort, Boolean imapTls, String imapUser, String imapPassword,
                      String imapFolder, String smtpHost, Integer smtpPort, Boolean smtpTls, String smtpUser, String smtpPassword, Long groupId,
                      Integer pollSeconds, Integer autoRepliesPerHour, Boolean enabled, Long version) {
        this(name, address, imapHost, imapPort, imapTls, imapUser, imapPassword, imapFolder, smtpHost, smtpPort, smtpTls, smtpUser, smtpPassword,
                groupId, pollSeconds, autoRepliesPerHour, enabled, version, null);
    }

    /** Whether this change removes the stored IMAP password. */
    public boolean removesImapPassword() {
        return Boolean.TRUE.equals(removeImapPassword);
    }

    /** Whether this change removes the stored SMTP password. */
    public boolean removesSmtpPassword() {
        return Boolean.TRUE.equals(removeSmtpPassword);
    }
}
